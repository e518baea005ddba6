using Azure.Data.Tables;
using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Health;
using CoachBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace CoachBot.Hosting;

/// <summary>Registers the coach's services: storage, bot state, content, the adapter and the bot.</summary>
public static class CoachBotServiceExtensions
{
    /// <summary>Adds everything POST /api/messages and GET /healthz need.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Registered once, here, for every part of the host; tests replace it with a clock they set.
        services.AddSingleton(TimeProvider.System);

        var storage = ReadStorageOptions(configuration);
        services.AddSingleton(storage);
        services.AddSingleton(_ => new TableServiceClient(storage.ConnectionString, StateClientOptions()));
        services.AddSingleton<IStorage>(sp =>
            new TableStorage(sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.BotStateTable)));
        services.AddSingleton(sp => new HostKeyStore(sp.GetRequiredService<TableServiceClient>().GetTableClient(storage.HostKeysTable)));
        services.AddSingleton<ConversationState>();
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddSingleton<UserState>();
        var probe = new StorageHealthCheck(new TableServiceClient(storage.ConnectionString, ProbeClientOptions()));
        services.AddHealthChecks().AddCheck(StorageHealthCheck.Name, probe);

        // Content is validated here, at start-up, so a broken file stops the host with a clear
        // message instead of failing a person mid-conversation.
        services.AddSingleton(ContentLibrary.Load(ContentLibrary.DefaultRoot));
        services.AddCoachConversation(configuration, storage);

        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConnectorClientReuse(
            new ConfigurationBotFrameworkAuthentication(configuration, logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CoachBotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CoachBotAdapter>());
        services.AddTransient<IBot, CoachActivityHandler>();
        services.AddHostedService<StartupWarmup>();
        builder.AddLocalDirectLine();
        builder.AddCoachTelemetry();
        CoachBot.Exports.ExportServiceExtensions.AddExports(services, configuration);
        return builder;
    }

    /// <summary>
    /// The connection string comes from ConnectionStrings:Tables, then Storage:ConnectionString,
    /// then the local Azurite default; table names from the Storage section.
    /// </summary>
    public static TableStorageOptions ReadStorageOptions(IConfiguration configuration)
    {
        var options = new TableStorageOptions();
        configuration.GetSection("Storage").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Tables")
            ?? configuration["Storage:ConnectionString"]
            ?? TableStorageOptions.DevelopmentConnectionString;
        return options;
    }

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
