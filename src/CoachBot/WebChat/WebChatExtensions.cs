using CoachBot.DirectLine;
using CoachBot.Storage;
using Microsoft.AspNetCore.ResponseCompression;

namespace CoachBot.WebChat;

/// <summary>
/// The Web Chat page at / with /privacy and /terms, and its token endpoint: a token of the local
/// Direct Line where that is on, otherwise one exchanged with Azure Direct Line server-side.
/// </summary>
public static class WebChatExtensions
{
    /// <summary>Adds the page's identity signer and the Azure Direct Line token client.</summary>
    public static WebApplicationBuilder AddWebChat(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<WebChatIdentity>();
        builder.Services.AddHttpClient<AzureDirectLineTokenClient>(http => http.Timeout = TimeSpan.FromSeconds(10));

        // The Web Chat bundle is 3.9 MB of script: on a phone over a slow network, compressed it
        // is a fraction of that. Brotli where the browser takes it, else gzip.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/javascript"]);
        });
        return builder;
    }
}
