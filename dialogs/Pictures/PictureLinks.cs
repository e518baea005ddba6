namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// The addresses of the pictures the host serves, for a dialog to put in a card: an area's spots
/// and referred zones, and the whole-body map. A channel fetches them itself, so they start with
/// the host's public address (Coach:PublicBaseUrl), like export links.
/// </summary>
public sealed class PictureLinks
{
    /// <summary>The route of an area's picture; the query may add ?side=left|right|both|middle.</summary>
    public const string AreaRoute = "/pictures/areas/{areaId}.png";

    /// <summary>The path of the whole-body map.</summary>
    public const string BodyMapPath = "/pictures/body.png";

    /// <summary>The query parameter that names the side.</summary>
    public const string SideParameter = "side";

    private readonly string _baseUrl;

    /// <summary>Creates the links; each starts with <paramref name="publicBaseUrl"/> (its path kept, so a host behind a path prefix works).</summary>
    /// <exception cref="ArgumentException">The address is not an absolute http or https address.</exception>
    public PictureLinks(Uri publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        if (!publicBaseUrl.IsAbsoluteUri || (publicBaseUrl.Scheme != Uri.UriSchemeHttps && publicBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The public address must be an absolute http(s) address, not '{publicBaseUrl}'.", nameof(publicBaseUrl));
        }

        _baseUrl = publicBaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>
    /// The picture of <paramref name="areaId"/> (an id of areas.json) for <paramref name="side"/>;
    /// with no side (null or empty, as a rating without one keeps it) the host shows both sides.
    /// </summary>
    /// <exception cref="ArgumentException">The area id is empty, or the side is not one of <see cref="PictureSides.All"/>.</exception>
    public Uri Area(string areaId, string? side)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(areaId);
        var path = _baseUrl + AreaRoute.Replace("{areaId}", Uri.EscapeDataString(areaId), StringComparison.Ordinal);
        if (string.IsNullOrEmpty(side))
        {
            return new Uri(path);
        }

        if (!PictureSides.IsKnown(side))
        {
            throw new ArgumentException($"'{side}' is not a side; use {string.Join(", ", PictureSides.All)}.", nameof(side));
        }

        return new Uri($"{path}?{SideParameter}={side}");
    }

    /// <summary>The whole-body map: every area's spots on the front and back outlines, for "Where does it hurt?".</summary>
    public Uri BodyMap() => new(_baseUrl + BodyMapPath);
}
