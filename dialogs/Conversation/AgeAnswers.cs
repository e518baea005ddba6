using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// Understands an answer to "How old are you?": a button, a word for a group ("teenager"), an age
/// ("I'm 34", "seventy"), or a bound ("under 18", "65+"). An age people rarely type (under 4 or
/// over 120) or a question gets a short reason and the question again.
/// </summary>
public static class AgeAnswers
{
    private const int YoungestTyped = 4;
    private const int OldestTyped = 120;
    private const string TypedYearsKey = "CoachBot.TypedAge";

    /// <summary>A validator for the age ChoicePrompt; the recognized value is the group's button label.</summary>
    public static PromptValidator<FoundChoice> Validator(ContentLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        return async (prompt, cancellationToken) =>
        {
            var content = library.For(prompt.Context);
            var rules = content.Routine.Age;
            var text = prompt.Context.Activity.Text ?? string.Empty;
            var numbers = TypedNumbers.In(text, PromptCulture.For(prompt.Context.Activity.Locale));
            var onlyAButtonNumber = numbers.Count == 1 && numbers[0] <= rules.Groups.Count && MessageWords.Split(text).Count == 1;
            if (numbers.Count == 1 && !onlyAButtonNumber)
            {
                if (numbers[0] is >= YoungestTyped and <= OldestTyped)
                {
                    var years = numbers[0] + Shift(text, rules);
                    var group = AgeGroups.ForAge(years, rules);
                    prompt.Context.TurnState[TypedYearsKey] = (int)Math.Floor(years);
                    prompt.Recognized.Value = new FoundChoice { Value = rules.Groups.First(g => g.Group == group).Label, Score = 1f };
                    prompt.Recognized.Succeeded = true;
                    return true;
                }

                await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AgeRetry)), cancellationToken).ConfigureAwait(false);
                return false;
            }

            if (prompt.Recognized.Succeeded)
            {
                return true;
            }

            if (!await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.AgeWhy, TextKeys.AgeRetry, cancellationToken).ConfigureAwait(false))
            {
                await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AgeRetry)), cancellationToken).ConfigureAwait(false);
            }

            return false;
        };
    }

    /// <summary>
    /// The age the person typed in this turn ("I'm 52": 52; "65+": 65), else the lowest age of the
    /// group they picked when it has one above the adult age (65 for "65 or over"), else null.
    /// </summary>
    public static int? YearsGiven(ITurnContext turn, AgeRules rules, string group)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(rules);
        return turn.TurnState.TryGetValue(TypedYearsKey, out var typed) && typed is int years ? years
            : group == AgeGroups.Older ? rules.OlderFrom
            : null;
    }

    /// <summary>The group whose button label (or group id) is <paramref name="label"/>.</summary>
    public static string GroupOf(AgeRules rules, string label)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Groups.First(g => g.Label == label || g.Group == label).Group;
    }

    // "under 18" is 17 and a bit, "65 or over" and "65+" are 65 and a bit: half a year either way
    // puts the bound on the right side of each threshold.
    private static double Shift(string text, AgeRules rules)
    {
        var words = MessageWords.Spaced(text, withClauseEnds: true);
        if (rules.BelowWords.Any(w => MessageWords.HasPhrase(words, w)))
        {
            return -0.5;
        }

        return text.Contains('+', StringComparison.Ordinal) || rules.AboveWords.Any(w => MessageWords.HasPhrase(words, w)) ? 0.5 : 0;
    }
}
