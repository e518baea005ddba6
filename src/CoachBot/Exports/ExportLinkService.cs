namespace CoachBot.Exports;

/// <summary>
/// What a dialog calls for "export for my therapist": makes a link and returns the URL to send.
/// </summary>
public sealed class ExportLinkService
{
    /// <summary>The configuration key of the host's public address.</summary>
    public const string PublicBaseUrlKey = "Coach:PublicBaseUrl";

    /// <summary>The address used when none is configured: the local host.</summary>
    public const string DefaultPublicBaseUrl = "http://localhost:3978";

    private readonly ExportLinkStore _store;
    private readonly string _baseUrl;

    /// <summary>Creates the service; links start with <paramref name="publicBaseUrl"/>.</summary>
    public ExportLinkService(ExportLinkStore store, string publicBaseUrl)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        ArgumentException.ThrowIfNullOrWhiteSpace(publicBaseUrl);
        if (!Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"{PublicBaseUrlKey} must be an absolute http(s) URL, not '{publicBaseUrl}'.", nameof(publicBaseUrl));
        }

        _baseUrl = publicBaseUrl.TrimEnd('/');
    }

    /// <summary>Ends every link of <paramref name="userKey"/> at once; returns how many there were.</summary>
    public Task<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken) => _store.DeleteAllAsync(userKey, cancellationToken);

    /// <summary>
    /// Makes a 24-hour link to <paramref name="userKey"/>'s printable report (which links the CSV
    /// and the FHIR Bundle) and returns its URL.
    /// </summary>
    /// <param name="userKey">Whose log (the same key the pain log uses).</param>
    /// <param name="notes">Medications and health conditions the person chose to add, or null.</param>
    /// <param name="locale">The person's locale, for area names; null for English.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task<Uri> CreateLinkAsync(string userKey, string? notes = null, string? locale = null, CancellationToken cancellationToken = default)
    {
        var issued = await _store.CreateAsync(userKey, notes, locale, cancellationToken).ConfigureAwait(false);
        return new Uri($"{_baseUrl}/exports/{issued.Token}");
    }
}
