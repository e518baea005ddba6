using CoachBot.Dialogs.Catalogs;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Bot;

/// <summary>
/// The welcome in Teams: one short card with who the coach is and what it is not (the disclaimer,
/// in smaller type). The first question follows as a message of its own, because Teams shows
/// suggested actions only on a message without attachments.
/// </summary>
public static class WelcomeCard
{
    /// <summary>The welcome card in the person's language.</summary>
    /// <param name="content">The person's language.</param>
    /// <returns>The message; its summary is what a Teams notification shows for a card.</returns>
    public static IMessageActivity For(LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);

        // The first paragraph is the welcome; the rest (the disclaimer) is quieter.
        var paragraphs = content.Text(TextKeys.Welcome).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = new List<JToken> { AdaptiveCard.TextBlock(content.Text(TextKeys.WelcomeTitle), weight: "Bolder", size: "Large") };
        body.AddRange(paragraphs.Select((p, i) => i == 0 ? AdaptiveCard.TextBlock(p) : Quiet(p)));
        var message = MessageFactory.Attachment(AdaptiveCard.ToAttachment(AdaptiveCard.Card(body)));
        message.Summary = paragraphs[0];
        return message;
    }

    private static JObject Quiet(string text)
    {
        var block = AdaptiveCard.TextBlock(text, size: "Small");
        block["isSubtle"] = true;
        return block;
    }
}
