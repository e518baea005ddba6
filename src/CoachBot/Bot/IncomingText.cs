using System.Text;

namespace CoachBot.Bot;

/// <summary>
/// Cleans what a person typed before any dialog reads it: control characters are removed (they
/// break matching and logs), line breaks and right-to-left text are kept as they are.
/// </summary>
public static class IncomingText
{
    /// <summary>The longest message the dialogs read; nothing the coach asks needs more.</summary>
    public const int MaxLength = 2_000;

    /// <summary>Returns <paramref name="text"/> without control characters other than line breaks and tabs.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) || c is '\n' or '\r' or '\t')
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Trim();
    }
}
