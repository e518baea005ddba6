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
    /// <summary>True for a question rather than an answer, in <paramref name="content"/>'s language.</summary>
    public static bool IsQuestion(string? text, LanguageContent content) =>
        ContentPatterns.Matches(Words(content).Question, text);

    /// <summary>True for "not sure", "maybe", "no sé".</summary>
    public static bool IsUnsure(string? text, LanguageContent content) =>
        ContentPatterns.Matches(Words(content).Unsure, text);

    /// <summary>True for "ouch", "ay" and the like.</summary>
    public static bool IsPainExclamation(string? text, LanguageContent content) =>
        ContentPatterns.Matches(Words(content).PainExclamation, text);

    private static ReplyPatterns Words(LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Patterns.Replies;
    }

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

        if (whyKey is not null && IsQuestion(text, content))
        {
            await turn.SendActivityAsync(MessageFactory.Text(content.Text(whyKey) + "\n\n" + content.Text(retryKey)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }
}
