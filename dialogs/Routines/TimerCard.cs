using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// The live timer card of a timed hold: the phase, the time to go and the Done and Too much
/// buttons, below the cue's own words (the message's text, which notifications and screen
/// readers read). On a channel that can update a sent message the same card is redrawn at each
/// cue; once the hold ends its buttons go, so a late tap cannot answer a later question.
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
        var body = new List<JToken> { Title(hold), Status(last ? hold.FinishedLabel : cue.Left ?? string.Empty) };
        if (!last)
        {
            body.AddRange(AdaptiveCard.ButtonRows(
            [
                AdaptiveCard.AnswerButton(channelId, hold.DoneButton, hold.DoneButton),
                AdaptiveCard.AnswerButton(channelId, hold.TooMuchButton, hold.TooMuchButton),
            ]));
        }

        return Message(cue.Text, body);
    }

    /// <summary>The card once the hold ended early, keeping the words last said and losing the buttons.</summary>
    /// <param name="hold">The hold.</param>
    /// <param name="cueIndex">The cue said last.</param>
    /// <param name="label">What ended it (<see cref="TimedCuesOptions.FinishedLabel"/> or <see cref="TimedCuesOptions.StoppedLabel"/>).</param>
    /// <returns>The message.</returns>
    public static Activity Ended(TimedCuesOptions hold, int cueIndex, string label)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return Message(hold.Cues[cueIndex].Text, [Title(hold), Status(label)]);
    }

    private static JObject Title(TimedCuesOptions hold) => AdaptiveCard.TextBlock(hold.Title, weight: "Bolder", size: "Medium");

    private static JObject Status(string text)
    {
        var block = AdaptiveCard.TextBlock(text);
        block["color"] = "Accent";
        return block;
    }

    private static Activity Message(string text, IEnumerable<JToken> body)
    {
        var message = Activity.CreateMessageActivity();
        message.Text = text;
        message.Attachments = [AdaptiveCard.ToAttachment(AdaptiveCard.Card(body))];
        return (Activity)message;
    }
}
