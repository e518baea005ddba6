using System.Net;
using Azure.Data.Tables;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Hosting;
using CoachBot.Storage;
using CoachBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CoachBot.Benchmarks;

/// <summary>
/// A bot host on a loopback Kestrel port: either the coach itself (the production registration,
/// AddCoachBot and MapCoachBot) or the floor bot on the same adapter type and Table storage.
/// Every table request either makes goes through a <see cref="TableRequestCounter"/>.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly bool _started;

    private BenchHost(WebApplication app, TableRequestCounter counter, Uri baseAddress, bool started)
    {
        _started = started;
        App = app;
        Counter = counter;
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1000, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>Counts this host's table requests.</summary>
    public TableRequestCounter Counter { get; }

    /// <summary>Where it listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client for its address.</summary>
    public HttpClient Client { get; }

    /// <summary>The coach as production registers it, with a counting TableServiceClient.</summary>
    public static async Task<BenchHost> StartCoachAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, bool listen = true)
    {
        var counter = new TableRequestCounter();
        var builder = CreateBuilder(connectionString, settings);
        builder.AddCoachBot();
        builder.Services.AddSingleton(_ => new TableServiceClient(connectionString, ClientOptions(counter)));
        return await StartAsync(builder, counter, app => app.MapCoachBot(), listen).ConfigureAwait(false);
    }

    /// <summary>The floor bot: the same adapter, authentication and storage as the coach, one reply.</summary>
    public static async Task<BenchHost> StartFloorAsync(string connectionString)
    {
        var counter = new TableRequestCounter();
        var builder = CreateBuilder(connectionString, null);
        var services = builder.Services;
        var table = new TableServiceClient(connectionString, ClientOptions(counter)).GetTableClient(new TableStorageOptions().BotStateTable);
        services.AddSingleton<IStorage>(new TableStorage(table));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddSingleton(TimeProvider.System);

        // The adapter answers a failed turn in the person's language, so it needs the content too.
        services.AddSingleton(ContentLibrary.Load(ContentLibrary.DefaultRoot));
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConnectorClientReuse(
            new ConfigurationBotFrameworkAuthentication(builder.Configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CoachBotAdapter>();
        services.AddTransient<IBot, FloorBot>();
        return await StartAsync(builder, counter, app =>
            app.MapPost("/api/messages", (HttpContext http, CoachBotAdapter adapter, IBot bot) =>
                adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted)), listen: true).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_started)
        {
            await App.StopAsync().ConfigureAwait(false);
        }

        await App.DisposeAsync().ConfigureAwait(false);
    }

    // The same retry settings as the host's own state client (CoachBotServiceExtensions).
    private static TableClientOptions ClientOptions(TableRequestCounter counter)
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        options.AddPolicy(counter, Azure.Core.HttpPipelinePosition.PerRetry);
        return options;
    }

    private static WebApplicationBuilder CreateBuilder(string connectionString, IReadOnlyDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = connectionString,
            ["DirectLine:Enabled"] = "false",

            // The host's appsettings.json logs every turn at Information (CloudAdapter's
            // "ProcessActivityAsync"); that would measure the console, not the bot. Errors still show.
            ["Logging:LogLevel:Default"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);

        return builder;
    }

    private static async Task<BenchHost> StartAsync(WebApplicationBuilder builder, TableRequestCounter counter, Action<WebApplication> map, bool listen)
    {
        var port = FreePort.Next();
        if (listen)
        {
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        }

        var app = builder.Build();
        map(app);
        if (listen)
        {
            await app.StartAsync().ConfigureAwait(false);
        }

        return new BenchHost(app, counter, new Uri($"http://127.0.0.1:{port}/"), listen);
    }
}
