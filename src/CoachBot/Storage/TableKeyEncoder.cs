using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Storage;

/// <summary>
/// Turns bot state keys ("msteams/conversations/19:abc/") into legal table keys. Table keys may not
/// contain '/', '\', '#', '?' or control characters and are limited to 1 KiB, so those characters
/// are percent-escaped (and '%' itself, so the mapping stays one-to-one), and a key that would still
/// be too long keeps a readable prefix plus a hash of the whole.
/// </summary>
public static class TableKeyEncoder
{
    /// <summary>Encoded keys longer than this are shortened with a hash; well under the 1 KiB limit.</summary>
    public const int MaxKeyLength = 255;

    /// <summary>Encodes <paramref name="key"/> for use as a PartitionKey or RowKey.</summary>
    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var encoded = new StringBuilder(key.Length + 8);
        foreach (var c in key)
        {
            if (NeedsEscape(c))
            {
                encoded.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                encoded.Append(c);
            }
        }

        if (encoded.Length <= MaxKeyLength)
        {
            return encoded.ToString();
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        return string.Concat(encoded.ToString(0, MaxKeyLength - hash.Length - 1), "~", hash);
    }

    private static bool NeedsEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
