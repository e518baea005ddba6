using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Waterfall.Choices;

/// <summary>Renders choices as buttons or text, by style or by what the channel can show.</summary>
public static class ChoiceFactory
{
    /// <summary>The most choices shown as suggested actions; Teams shows no more than three of them.</summary>
    public const int MostSuggestedActions = 3;

    /// <summary>
    /// More than <see cref="MostSuggestedActions"/> choices on an Adaptive Card where the channel
    /// renders one; else suggested actions where the channel has them, else a hero card where it has
    /// card buttons, else the choices in the text (inline when few and short, otherwise as a list).
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="list">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, IList<Choice> list, string? text = null, string? speak = null) =>
        ForChannel(channelId, null, list, text, speak);

    /// <summary>As <see cref="ForChannel(string, IList{Choice}, string, string)"/>, knowing the conversation type (Teams shows suggested actions in personal chats only).</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="conversationType">The activity's conversation type.</param>
    /// <param name="list">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ForChannel(string? channelId, string? conversationType, IList<Choice> list, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(list);
        var longest = list.Select(TitleOf).DefaultIfEmpty(string.Empty).Max(t => t.Length);

        // Ten suggested actions crowd a phone screen and Teams would drop all but three: a card keeps
        // every choice in sight, in both channels, and gives a long title a row of its own.
        if (list.Count > MostSuggestedActions && Channel.SupportsAdaptiveCards(channelId) && longest <= AdaptiveCard.LongestButtonTitle)
        {
            return ChoiceCard(channelId, list, text, speak);
        }

        // Buttons with titles cut short would hide which choice is which, so long titles go to text.
        if (longest <= Channel.MaxActionTitleLength(channelId))
        {
            if (Channel.SupportsSuggestedActions(channelId, list.Count, conversationType))
            {
                return SuggestedAction(list, text, speak);
            }

            if (Channel.SupportsCardActions(channelId, list.Count))
            {
                return HeroCard(list, text, speak);
            }
        }

        return list.Count <= 3 && longest <= Channel.MaxActionTitleLength(channelId)
            ? Inline(list, text, speak)
            : List(list, text, speak);
    }

    /// <summary>The question followed by the choices in one line: "text (1) a, (2) b, or (3) c".</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity Inline(IList<Choice> choices, string? text = null, string? speak = null)
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
        return MessageFactory.Text($"{text} {joined}".Trim(), speak);
    }

    /// <summary>The question followed by a numbered list, one choice a line.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity List(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select((c, i) => $"   {i + 1}. {TitleOf(c)}");
        var head = string.IsNullOrEmpty(text) ? [] : new[] { text, string.Empty };
        return MessageFactory.Text(string.Join("\n", head.Concat(lines)), speak);
    }

    /// <summary>The question with one suggested-action button per choice.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var message = MessageFactory.Text(text ?? string.Empty, speak);
        message.SuggestedActions = new SuggestedActions { Actions = ToActions(choices) };
        return message;
    }

    /// <summary>A hero card carrying the question and one button per choice.</summary>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard { Text = text, Buttons = ToActions(choices) };
        var message = (IMessageActivity)MessageFactory.Attachment(card.ToAttachment());
        message.Speak = speak;
        return message;
    }

    /// <summary>
    /// The question as the message's text and an Adaptive Card with one button per choice, in rows.
    /// The text stays outside the card so transcripts, notifications and screen readers read it as
    /// any other question.
    /// </summary>
    /// <param name="channelId">The channel (Teams and Web Chat want different button data).</param>
    /// <param name="choices">The choices.</param>
    /// <param name="text">The question.</param>
    /// <param name="speak">What a speech channel says.</param>
    /// <returns>The message.</returns>
    public static IMessageActivity ChoiceCard(string? channelId, IList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var buttons = choices.Select(c => AdaptiveCard.AnswerButton(channelId, TitleOf(c), AnswerOf(c)));
        var message = MessageFactory.Text(text ?? string.Empty, speak);
        message.Attachments = [AdaptiveCard.ToAttachment(AdaptiveCard.Card(AdaptiveCard.ButtonRows(buttons)))];
        return message;
    }

    /// <summary>Turns plain strings into choices, skipping blanks.</summary>
    /// <param name="choices">The values.</param>
    /// <returns>The choices.</returns>
    public static IList<Choice> ToChoices(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new Choice(c)).ToList();
    }

    /// <summary>One imBack button per choice (it sends the value back as the person's message), unless a choice brings its own.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The buttons.</returns>
    public static IList<CardAction> ToActions(IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Select(c => c.Action ?? new CardAction { Type = ActionTypes.ImBack, Title = c.Value, Value = c.Value }).ToList();
    }

    private static string TitleOf(Choice choice) => choice.Action?.Title ?? choice.Value;

    private static string AnswerOf(Choice choice) => choice.Action?.Value as string ?? choice.Value;
}
