using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// Splits a message into lower-case words the way people's words are compared with content:
/// apostrophes dropped ("can't" and "cant" are the same word, as phones type them either way),
/// vowel accents dropped ("pecho" and "más" match however they are typed: people on phones often
/// leave accents out), "ñ" kept (it makes other words), and every punctuation mark that ends a
/// clause kept as <see cref="ClauseEnd"/>.
/// </summary>
public static class MessageWords
{
    /// <summary>Stands for a full stop, comma, question mark or line break between words.</summary>
    public const string ClauseEnd = "|";

    /// <summary>
    /// The words of <paramref name="text"/> between single spaces, with a space at each end, so that
    /// a phrase found in it is whole words ("should" is not "shoulder"). Clause ends stay only when
    /// asked for, where a phrase must not reach across them.
    /// </summary>
    public static string Spaced(string? text, bool withClauseEnds = false) =>
        " " + string.Join(' ', withClauseEnds ? Split(text) : Split(text).Where(w => w != ClauseEnd)) + " ";

    /// <summary>True when <paramref name="spaced"/> (from <see cref="Spaced"/>) holds <paramref name="phrase"/> as whole words.</summary>
    public static bool HasPhrase(string spaced, string phrase)
    {
        ArgumentNullException.ThrowIfNull(spaced);
        return spaced.Contains(Spaced(phrase), StringComparison.Ordinal);
    }

    /// <summary>The words of <paramref name="text"/>, with clause ends.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var current = new StringBuilder();
        foreach (var typed in text.ToLower(CultureInfo.InvariantCulture))
        {
            var c = WithoutAccent(typed);
            if (char.IsLetterOrDigit(c))
            {
                // "67yo" and "38c" are two words each; "38.5" stays one number.
                if (current.Length > 0 && char.IsDigit(c) != char.IsDigit(current[^1]) && !(char.IsDigit(c) && current[^1] == '.'))
                {
                    Flush(current, words);
                }

                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`')
            {
                // Dropped: "can't" becomes "cant".
            }
            else if (c == '.' && current.Length > 0 && char.IsDigit(current[^1]))
            {
                current.Append(c);
            }
            else
            {
                Flush(current, words);
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')' or '\u2026' or '¿' or '¡')
                {
                    if (words.Count > 0 && words[^1] != ClauseEnd)
                    {
                        words.Add(ClauseEnd);
                    }
                }
            }
        }

        Flush(current, words);
        return words;
    }

    /// <summary><paramref name="text"/> with vowel accents dropped ("músculo" is "musculo"), as every comparison with content makes it.</summary>
    public static string WithoutAccents(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = WithoutAccent(source[i]);
            }
        });
    }

    // The vowel with its accent or diaeresis dropped; any other letter as it is.
    private static char WithoutAccent(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        _ => c,
    };

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length == 0)
        {
            return;
        }

        words.Add(current.ToString().TrimEnd('.'));
        current.Clear();
    }
}
