using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Tests;

/// <summary>
/// The real host (Program, CloudAdapter, Table storage) in memory, pointed at a test Azurite and
/// its own state table, with any extra configuration a test needs and, optionally, its own clock.
/// </summary>
public sealed class CoachBotFactory(
    string connectionString,
    string stateTable,
    IReadOnlyDictionary<string, string?>? settings = null,
    TimeProvider? time = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Tables", connectionString);
        builder.UseSetting("Storage:BotStateTable", stateTable);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (configureServices is not null)
        {
            builder.ConfigureTestServices(configureServices);
        }

        if (time is not null)
        {
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            });
        }
    }
}
