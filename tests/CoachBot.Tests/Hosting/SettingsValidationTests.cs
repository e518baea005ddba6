using CoachBot.Hosting;
using CoachBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Hosting;

/// <summary>A bad setting stops the host at start with a message that names it, rather than failing a person later.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SettingsValidationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Coach:TimeScale", "0", "Coach:TimeScale")]
    [InlineData("Coach:EmergencyHold", "-01:00:00", "Coach:EmergencyHold")]
    [InlineData("CheckIns:PollInterval", "00:00:00", "CheckIns:PollInterval")]
    [InlineData("Storage:RetentionDays", "0", "Storage:RetentionDays")]
    [InlineData("Storage:PainRatingsTable", "pain-ratings", "Storage:*Table")]
    [InlineData("DirectLine:TokenLifetime", "00:00:00", "DirectLine:TokenLifetime")]
    [InlineData("Coach:PublicBaseUrl", "ftp://files.example", "Coach:PublicBaseUrl")]
    [InlineData("Bot:AllowedServiceUrls", "https://ok.example, smtp://no.example", "Bot:AllowedServiceUrls")]
    public async Task A_setting_out_of_its_range_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        // The host as Program builds it, started here rather than through WebApplicationFactory:
        // when a start fails, the factory can reach the host after the failed start has disposed
        // it and report that instead (seen on a busy machine).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = azurite.ConnectionString,
            ["Storage:BotStateTable"] = azurite.UniqueTableName("bad"),
            [key] = value,
        });
        builder.WebHost.UseTestServer();
        builder.AddCoachBot();

        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var app = builder.Build();
            app.MapCoachBot();
            await app.StartAsync();
        });

        // The host may stop on the first service that reads the setting or on the start-up check,
        // alone or together with another failure; what matters is that a validation names it.
        Assert.True(
            Causes(failure).OfType<OptionsValidationException>().Any(v => v.Message.Contains(named, StringComparison.Ordinal)),
            $"No validation failure names {named}; the start failed with: {failure}");
    }

    private static IEnumerable<Exception> Causes(Exception failure)
    {
        yield return failure;
        var inner = failure is AggregateException all ? all.InnerExceptions : failure.InnerException is { } one ? [one] : [];
        foreach (var cause in inner.SelectMany(Causes))
        {
            yield return cause;
        }
    }

    [Fact]
    public async Task The_shipped_defaults_start()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("good"));

        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }
}
