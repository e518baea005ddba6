using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// The live timer card of a timed hold: the phase, the cue's words, the time to go and the Done
/// and Too much buttons. On a channel that can update a sent message the same card is redrawn at
/// each cue; once the hold ends its buttons go, so a late tap cannot answer a later question.
/// In Teams the cue's words are on the card and in the summary a notification shows: a message of
/// text and a card is answered without an id to update there. Elsewhere they are the message's
/// text above the card, which transcripts and screen readers read as any other message.
/// </summary>
public static class TimerCard
{
    /// <summary>The message for cue <paramref name="cueIndex"/> while the hold runs.</summary>
    /// <param name="channelId">The channel (Teams and Web Chat want different button data).</param>
    /// <param name="hold">The hold.</param>
    /// <param name="cueIndex">The cue said now.</param>
    /// <returns>The message: the cue's words and the card.</returns>
    public static Activity Running(string? channelId, TimedCuesOptions hold, int cueIndex)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var cue = hold.Cues[cueIndex];
        var last = cueIndex == hold.Cues.Count - 1;
        var body = Head(channelId, hold, cue, last ? hold.FinishedLabel : cue.Left ?? string.Empty);
        if (!last)
        {
            body.AddRange(AdaptiveCard.ButtonRows(
            [
                AdaptiveCard.AnswerButton(channelId, hold.DoneButton, hold.DoneButton),
                AdaptiveCard.AnswerButton(channelId, hold.TooMuchButton, hold.TooMuchButton),
            ]));
        }

        return Message(channelId, cue.Text, body);
    }

    /// <summary>The card once the hold ended early, keeping the words last said and losing the buttons.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="hold">The hold.</param>
    /// <param name="cueIndex">The cue said last.</param>
    /// <param name="label">What ended it (<see cref="TimedCuesOptions.FinishedLabel"/> or <see cref="TimedCuesOptions.StoppedLabel"/>).</param>
    /// <returns>The message.</returns>
    public static Activity Ended(string? channelId, TimedCuesOptions hold, int cueIndex, string label)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var cue = hold.Cues[cueIndex];
        return Message(channelId, cue.Text, Head(channelId, hold, cue, label));
    }

    private static bool WordsOnCard(string? channelId) => channelId == Channels.Msteams;

    private static List<JToken> Head(string? channelId, TimedCuesOptions hold, TimedCue cue, string status)
    {
        var head = new List<JToken> { AdaptiveCard.TextBlock(hold.Title, weight: "Bolder", size: "Medium") };
        if (WordsOnCard(channelId))
        {
            head.Add(AdaptiveCard.TextBlock(cue.Text));
        }

        head.Add(Status(status));
        return head;
    }

    private static JObject Status(string text)
    {
        var block = AdaptiveCard.TextBlock(text);
        block["color"] = "Accent";
        return block;
    }

    private static Activity Message(string? channelId, string text, IEnumerable<JToken> body)
    {
        var message = Activity.CreateMessageActivity();
        if (WordsOnCard(channelId))
        {
            message.Summary = text;
        }
        else
        {
            message.Text = text;
        }

        message.Attachments = [AdaptiveCard.ToAttachment(AdaptiveCard.Card(body))];
        return (Activity)message;
    }
}
