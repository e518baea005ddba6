using System.Security.Cryptography;

namespace CoachBot.Pictures;

/// <summary>A rendered picture: its PNG bytes and the entity tag a browser revalidates it with.</summary>
/// <param name="Png">The PNG.</param>
/// <param name="ETag">A quoted hash of the bytes, the same on every instance that renders the same picture.</param>
public sealed record RenderedPicture(byte[] Png, string ETag)
{
    /// <summary>Wraps <paramref name="png"/> with its entity tag.</summary>
    public static RenderedPicture Of(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        return new RenderedPicture(png, $"\"{Convert.ToHexStringLower(SHA256.HashData(png).AsSpan(0, 12))}\"");
    }
}
