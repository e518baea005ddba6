using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall.Choices;

/// <summary>Renders choices as buttons or text, by style or by what the channel supports.</summary>
public static class ChoiceFactory
{
    /// <summary>Suggested actions where the channel has them, else a hero card, else a list or inline text.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longest = choices.Select(TitleOf).DefaultIfEmpty(string.Empty).Max(t => t.Length);
        if (Channel.SupportsSuggestedActions(channelId, choices.Count) && longest <= 40)
        {
            return SuggestedAction(choices, text);
        }

        if (Channel.SupportsCardActions(channelId, choices.Count))
        {
            return HeroCard(choices, text);
        }

        return choices.Count <= 3 && longest <= 20 ? Inline(choices, text) : List(choices, text);
    }

    /// <summary>"text 1. a, 2. b, or 3. c".</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var items = choices.Select((c, i) => $"({i + 1}) {TitleOf(c)}").ToList();
        var joined = items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            2 => $"{items[0]} or {items[1]}",
            _ => string.Join(", ", items.Take(items.Count - 1)) + ", or " + items[^1],
        };
        return MessageFactory.Text($"{text} {joined}".Trim());
    }

    /// <summary>The question followed by a numbered list.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity List(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select((c, i) => $"   {i + 1}. {TitleOf(c)}");
        return MessageFactory.Text(string.Join("\n", new[] { text ?? string.Empty }.Concat(lines)).Trim('\n'));
    }

    /// <summary>The question with suggested-action buttons.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var message = MessageFactory.Text(text ?? string.Empty);
        message.SuggestedActions = new SuggestedActions { Actions = ToActions(choices) };
        return message;
    }

    /// <summary>A hero card with the question and one button per choice.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard { Text = text, Buttons = ToActions(choices) };
        return (IMessageActivity)MessageFactory.Attachment(card.ToAttachment());
    }

    /// <summary>Turns plain strings into choices.</summary>
    /// <param name="choices">The values.</param>
    /// <returns>The choices.</returns>
    public static IList<Choice> ToChoices(IEnumerable<string> choices) =>
        (choices ?? throw new ArgumentNullException(nameof(choices))).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new Choice(c)).ToList();

    /// <summary>One imBack button per choice, unless a choice brings its own.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The buttons.</returns>
    public static IList<CardAction> ToActions(IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Select(c => c.Action ?? new CardAction { Type = ActionTypes.ImBack, Title = c.Value, Value = c.Value }).ToList();
    }

    private static string TitleOf(Choice choice) => choice.Action?.Title ?? choice.Value;
}
