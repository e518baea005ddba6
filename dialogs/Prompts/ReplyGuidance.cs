using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Helps prompts answer the replies people really send instead of an answer: an empty message, a
/// question ("why?"), an emoji or "ouch". Each gets a short explanation and the question again,
/// never a dead end.
/// </summary>
public static class ReplyGuidance
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);
    private static readonly Regex Question = new(@"\?\s*$|^\s*(why|what|how|huh|what for|what do you mean)\b", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex Unsure = new(@"\b(not sure|unsure|maybe|don'?t know|dunno|idk|possibly|kind of|sort of|no idea|no clue|can'?t tell|hard to say)\b", RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex Pain = new(@"^\s*(ouch|ow+|argh+|ugh+|it hurts|hurts)\b", RegexOptions.IgnoreCase, Timeout);

    /// <summary>True for a question rather than an answer.</summary>
    public static bool IsQuestion(string? text) => text is not null && Question.IsMatch(text);

    /// <summary>True for "not sure", "maybe", "I don't know".</summary>
    public static bool IsUnsure(string? text) => text is not null && Unsure.IsMatch(text);

    /// <summary>True for "ouch" and the like.</summary>
    public static bool IsPainExclamation(string? text) => text is not null && Pain.IsMatch(text);

    /// <summary>
    /// Answers an unexpected reply: "empty" or "why" get their own words followed by
    /// <paramref name="retryKey"/>. Returns false when the reply was nothing special, so the
    /// prompt's own retry is used.
    /// </summary>
    public static async Task<bool> TryAnswerAsync(ITurnContext turn, LanguageContent content, string? whyKey, string retryKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(content);
        var text = turn.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.EmptyMessage) + " " + content.Text(retryKey)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (whyKey is not null && IsQuestion(text))
        {
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(whyKey) + "\n\n" + content.Text(retryKey)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
