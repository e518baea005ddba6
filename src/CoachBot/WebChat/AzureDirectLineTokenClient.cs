using System.Net.Http.Headers;
using System.Text;
using CoachBot.DirectLine;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace CoachBot.WebChat;

/// <summary>
/// Exchanges the Azure Direct Line secret for a conversation token (POST
/// {endpoint}/v3/directline/tokens/generate), server-side, so the browser only ever sees a token
/// that is good for one conversation for 30 minutes, never the secret that is good for all of them.
/// </summary>
public sealed class AzureDirectLineTokenClient
{
    private readonly HttpClient _http;
    private readonly DirectLineOptions _options;
    private readonly ILogger<AzureDirectLineTokenClient> _logger;

    /// <summary>Creates the client over an HttpClient from the factory.</summary>
    public AzureDirectLineTokenClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineTokenClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Whether a secret is configured.</summary>
    public bool IsConfigured => !string.IsNullOrEmpty(_options.Secret);

    /// <summary>The Direct Line base URL tokens from this client are for (Web Chat's "domain").</summary>
    public string Domain => new Uri(_options.AzureEndpoint, DirectLineAddresses.ApiPath).ToString();

    /// <summary>
    /// A token bound to <paramref name="userId"/> (Azure embeds it, so nobody can speak as
    /// someone else): conversationId, token and expires_in, or null when Azure did not give one.
    /// </summary>
    public async Task<JObject?> GenerateAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        if (!IsConfigured)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_options.AzureEndpoint, DirectLineAddresses.ApiPath + "/tokens/generate"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Secret);
        var body = new JObject { ["user"] = new JObject { ["id"] = userId } };
        request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                _logger.LogError("Azure Direct Line refused to generate a token: {StatusCode}", (int)response.StatusCode);
                return null;
            }

            var grant = JObject.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return grant.Value<string>("token") is { Length: > 0 } ? grant : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or Newtonsoft.Json.JsonException)
        {
            _logger.LogError("Azure Direct Line could not be reached for a token: {ExceptionType}", exception.GetType().FullName);
            return null;
        }
    }
}
