using Azure.Data.Tables;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Health;
using CoachBot.Storage;
using CoachBot.WebChat;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoachBot.Hosting;

/// <summary>Registers the coach's services: storage, bot state, content, the adapter and the bot.</summary>
public static partial class CoachBotServiceExtensions
{
    /// <summary>Adds everything POST /api/messages and GET /healthz need.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Registered once, here, for every part of the host; tests replace it with a clock they set.
        services.AddSingleton(TimeProvider.System);

        AddStorageOptions(services, configuration);
        services.AddValidatedOptions<HostOptions>(HostOptions.SectionName);
        services.AddValidatedOptions<CoachBot.Exports.ExportOptions>(
            CoachBot.Exports.ExportOptions.SectionName,
            (o => o.PublicBaseUrl.IsAbsoluteUri && (o.PublicBaseUrl.Scheme == Uri.UriSchemeHttp || o.PublicBaseUrl.Scheme == Uri.UriSchemeHttps), "Coach:PublicBaseUrl must be an absolute http(s) address."));
        services.AddValidatedOptions<BotOptions>(
            BotOptions.SectionName,
            (o => o.AllowedPrefixes.All(p => Uri.TryCreate(p, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)), "Bot:AllowedServiceUrls must list absolute http(s) addresses, comma-separated."));
        services.AddSingleton(sp => new TableServiceClient(sp.GetRequiredService<TableStorageOptions>().ConnectionString, StateClientOptions()));
        services.AddSingleton<IStorage>(sp => new TableStorage(TableClients.For(sp, o => o.BotStateTable)));
        services.AddSingleton(sp => new HostKeyStore(TableClients.For(sp, o => o.HostKeysTable)));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<UserState>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            StorageHealthCheck.Name,
            sp => new StorageHealthCheck(new TableServiceClient(sp.GetRequiredService<TableStorageOptions>().ConnectionString, ProbeClientOptions())),
            failureStatus: null,
            tags: null));

        // Content is validated here, at start-up, so a broken file stops the host with a clear
        // message instead of failing a person mid-conversation.
        services.AddSingleton(ContentLibrary.Load(ContentLibrary.DefaultRoot)
            .WithEmergencyNumbers(configuration.GetSection("Coach:EmergencyNumbers").Get<Dictionary<string, string>>()));
        services.AddCoachConversation();

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConnectorClientReuse(
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CoachBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CoachBotAdapter>());
        services.AddTransient<IBot, CoachActivityHandler>();
        services.AddHostedService<StartupWarmup>();
        builder.AddLocalDirectLine();
        builder.AddWebChat();
        builder.AddCoachTelemetry();
        CoachBot.Exports.ExportServiceExtensions.AddExports(services, configuration);
        CoachBot.Pictures.PictureServiceExtensions.AddPictures(services);
        return builder;
    }

    // Table names from the Storage section; the connection string from ConnectionStrings:Tables,
    // then Storage:ConnectionString, then the local Azurite default. Checked at start: a table name
    // Table storage would refuse, or a retention of no days, stops the host with the setting's name.
    private static void AddStorageOptions(IServiceCollection services, IConfiguration configuration)
    {
        static bool IsTableName(string name) => TableName().IsMatch(name ?? string.Empty);
        services.AddValidatedOptions<TableStorageOptions>(
                "Storage",
                (o => !string.IsNullOrWhiteSpace(o.ConnectionString), "ConnectionStrings:Tables (or Storage:ConnectionString) is empty."),
                (o => new[] { o.BotStateTable, o.PainRatingsTable, o.CheckInsTable, o.ReleaseTimersTable, o.ExportLinksTable, o.HostKeysTable }.All(IsTableName),
                    "Every Storage:*Table must be 3-63 letters and digits, starting with a letter."),
                (o => o.RetentionDays >= 1, "Storage:RetentionDays must be at least 1."),
                (o => o.RetentionSweepInterval > TimeSpan.Zero, "Storage:RetentionSweepInterval must be longer than zero."))
            .PostConfigure(o => o.ConnectionString = configuration.GetConnectionString("Tables")
                ?? configuration["Storage:ConnectionString"]
                ?? TableStorageOptions.DevelopmentConnectionString);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial System.Text.RegularExpressions.Regex TableName();

    // A turn has about 15 s before the channel retries: a few quick retries ride out a blip,
    // long ones would only turn a storage outage into a duplicate delivery.
    private static TableClientOptions StateClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }

    private static TableClientOptions ProbeClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        return options;
    }
}
