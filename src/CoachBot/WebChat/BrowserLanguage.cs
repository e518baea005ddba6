namespace CoachBot.WebChat;

/// <summary>The browser's first choice of language, for pages served before the coach knows the person.</summary>
public static class BrowserLanguage
{
    /// <summary>The highest-weighted Accept-Language tag of <paramref name="request"/> ("es-MX"), or null.</summary>
    public static string? Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault()?.Value.Value;
    }
}
