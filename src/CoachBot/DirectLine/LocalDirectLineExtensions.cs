using CoachBot.DirectLine;
using Microsoft.Extensions.Options;

// In the namespace of WebApplication, like the framework's own Add*/Map* extensions, so the host
// wires the web chat with one line and no extra using.
namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Registers and maps the web chat: the page at /, its token endpoint, and (in Development, or
/// when DirectLine:Enabled) the local Direct Line 3.0 with its Connector side, so that the
/// official Web Chat talks to this host's production CloudAdapter without Azure.
/// </summary>
public static class LocalDirectLineExtensions
{
    /// <summary>Adds the local Direct Line's services and the Azure Direct Line token client.</summary>
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
        services.AddSingleton<WebChatIdentity>();
        services.AddSingleton<DirectLineBotDelivery>();

        // Azure gives a bot about 15 s per activity; a longer turn is answered 502, as Azure does.
        services.AddHttpClient(DirectLineBotDelivery.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient<AzureDirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>Maps the page at /, /api/directline/token and, when enabled, /v3/directline and /v3/conversations.</summary>
    public static WebApplication MapLocalDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        var enabled = options.IsEnabledIn(app.Environment);
        if (enabled)
        {
            app.UseWebSockets();
            app.MapDirectLineApi(options.AllowRemote);
            app.MapDirectLineConnector();
            if (!string.IsNullOrEmpty(app.Configuration["MicrosoftAppId"]))
            {
                app.Logger.LogWarning("The local Direct Line delivers without channel authentication; with MicrosoftAppId set the bot will refuse its activities. Clear MicrosoftAppId for local use.");
            }
        }

        app.MapWebChatPage(localDirectLine: enabled);
        return app;
    }
}
