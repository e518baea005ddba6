using CoachBot.DirectLine;
using Microsoft.Extensions.Options;

// In the namespace of WebApplication, like the framework's own Add*/Map* extensions, so the host
// wires the local Direct Line with one line and no extra using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Registers and maps the local Direct Line 3.0 and its Connector side, so that the official Web
/// Chat and Direct Line clients talk to the host's production CloudAdapter without Azure. The host
/// maps it only where <see cref="UsesLocalDirectLine"/> says (Development, unless
/// DirectLine:Enabled says otherwise), after UseWebSockets.
/// </summary>
public static class LocalDirectLineExtensions
{
    /// <summary>Adds the local Direct Line's settings (checked at start) and services.</summary>
    public static WebApplicationBuilder AddLocalDirectLine(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName)
            .Validate(o => o.TokenLifetime > TimeSpan.Zero && o.ConversationIdleTimeout > TimeSpan.Zero && o.StreamKeepAlive > TimeSpan.Zero, "DirectLine:TokenLifetime, ConversationIdleTimeout and StreamKeepAlive must be longer than zero.")
            .Validate(o => o.MaxConversations >= 1 && o.MaxActivitiesPerConversation >= 1 && o.MaxUploadBytes >= 1 && o.MaxUploadBytesPerConversation >= o.MaxUploadBytes, "DirectLine:MaxConversations, MaxActivitiesPerConversation and MaxUploadBytes must be at least 1, and MaxUploadBytesPerConversation at least MaxUploadBytes.")
            .ValidateOnStart();
        services.AddSingleton<DirectLineTokenIssuer>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineAuthorizer>();
        services.AddSingleton<DirectLineBotDelivery>();

        // Azure gives a bot about 15 s per activity; a longer turn is answered 502, as Azure does.
        services.AddHttpClient(DirectLineBotDelivery.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15));
        return builder;
    }

    /// <summary>Whether the local Direct Line is on where <paramref name="app"/> runs.</summary>
    public static bool UsesLocalDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.IsEnabledIn(app.Environment);
    }

    /// <summary>Maps /v3/directline (the clients' side) and /v3/conversations (the bot's side); the caller has called UseWebSockets.</summary>
    public static WebApplication MapLocalDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        app.MapDirectLineApi(options.AllowRemote);
        app.MapDirectLineConnector();
        if (!string.IsNullOrEmpty(app.Configuration["MicrosoftAppId"]))
        {
            app.Logger.LogWarning("The local Direct Line delivers without channel authentication; with MicrosoftAppId set the bot will refuse its activities. Clear MicrosoftAppId for local use.");
        }

        return app;
    }
}
