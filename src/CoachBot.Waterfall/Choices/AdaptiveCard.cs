using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall.Choices;

/// <summary>
/// Builds Adaptive Cards (schema 1.5, which Teams and Web Chat's bundled renderer both read) as
/// plain JSON, and buttons on them that answer as the person: a tap sends the button's value as
/// the person's own message, so a typed answer and a tapped one take the same path.
/// </summary>
public static class AdaptiveCard
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema version every card declares.</summary>
    public const string Version = "1.5";

    /// <summary>
    /// The most buttons a row holds. Renderers cap the actions of one set (the Adaptive Cards
    /// default is five), so many choices go in rows, one action set a row.
    /// </summary>
    public const int ButtonsPerRow = 3;

    /// <summary>
    /// The characters a row holds, so a 390 px phone shows every title whole: buttons share a row
    /// equally, so a row of three takes titles of up to 12 characters, a row of two up to 18.
    /// </summary>
    public const int RowCharacters = 36;

    /// <summary>The longest title a card button shows whole (alone on its row).</summary>
    public const int LongestButtonTitle = 40;

    /// <summary>A card with <paramref name="body"/>.</summary>
    /// <param name="body">The card's elements, top to bottom.</param>
    /// <returns>The card's JSON.</returns>
    public static JObject Card(IEnumerable<JToken> body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = new JArray(body),
    };

    /// <summary>Wraps <paramref name="card"/> as a message attachment.</summary>
    /// <param name="card">The card's JSON.</param>
    /// <returns>The attachment.</returns>
    public static Attachment ToAttachment(JObject card) => new() { ContentType = ContentType, Content = card };

    /// <summary>True when <paramref name="attachment"/> is an Adaptive Card.</summary>
    /// <param name="attachment">The attachment.</param>
    /// <returns>Whether it is one.</returns>
    public static bool Is(Attachment? attachment) =>
        string.Equals(attachment?.ContentType, ContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The card's JSON, whether the attachment holds it as an object or as parsed JSON.</summary>
    /// <param name="attachment">An Adaptive Card attachment.</param>
    /// <returns>The card.</returns>
    public static JObject ContentOf(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return attachment.Content as JObject ?? JObject.FromObject(attachment.Content);
    }

    /// <summary>A paragraph that wraps.</summary>
    /// <param name="text">The text.</param>
    /// <param name="weight">"Default" or "Bolder".</param>
    /// <param name="size">"Default", "Small", "Medium" or "Large".</param>
    /// <returns>The element.</returns>
    public static JObject TextBlock(string text, string weight = "Default", string size = "Default") => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["weight"] = weight,
        ["size"] = size,
    };

    /// <summary>A picture with the words a screen reader says for it.</summary>
    /// <param name="url">Where the picture is.</param>
    /// <param name="altText">What it shows.</param>
    /// <returns>The element.</returns>
    public static JObject Image(Uri url, string altText)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new JObject
        {
            ["type"] = "Image",
            ["url"] = url.AbsoluteUri,
            ["altText"] = altText,
            ["size"] = "Stretch",
        };
    }

    /// <summary>
    /// A button that answers with <paramref name="value"/> as the person's message. Teams needs the
    /// answer wrapped as an <c>msteams</c> imBack; Web Chat sends a string's data as an imBack.
    /// </summary>
    /// <param name="channelId">The channel the card goes to.</param>
    /// <param name="title">The button's words.</param>
    /// <param name="value">What the tap says.</param>
    /// <returns>The action.</returns>
    public static JObject AnswerButton(string? channelId, string title, string value) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = channelId == Channels.Msteams
            ? new JObject { ["msteams"] = new JObject { ["type"] = ActionTypes.ImBack, ["value"] = value } }
            : value,
    };

    /// <summary>
    /// The buttons in rows, in order: a row takes the next button while it has fewer than
    /// <see cref="ButtonsPerRow"/> and every title still fits its equal share of
    /// <see cref="RowCharacters"/>, so short titles share a row and a long one gets its own.
    /// </summary>
    /// <param name="buttons">The actions, in order.</param>
    /// <returns>The rows, one action set each.</returns>
    public static IEnumerable<JObject> ButtonRows(IEnumerable<JObject> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var row = new JArray();
        var longest = 0;
        foreach (var button in buttons)
        {
            var length = ((string?)button["title"] ?? string.Empty).Length;
            if (row.Count > 0 && (row.Count == ButtonsPerRow || (row.Count + 1) * Math.Max(longest, length) > RowCharacters))
            {
                yield return ActionSet(row);
                row = [];
                longest = 0;
            }

            row.Add(button);
            longest = Math.Max(longest, length);
        }

        if (row.Count > 0)
        {
            yield return ActionSet(row);
        }
    }

    /// <summary>The titles and answers of every button on the card, in order.</summary>
    /// <param name="card">The card's JSON.</param>
    /// <returns>Each button's title and the text a tap sends.</returns>
    public static IReadOnlyList<(string Title, string Answer)> Buttons(JObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Descendants().OfType<JObject>()
            .Where(o => (string?)o["type"] == "Action.Submit")
            .Select(o => ((string?)o["title"] ?? string.Empty, AnswerOf(o["data"])))
            .ToList();
    }

    private static JObject ActionSet(JArray actions) => new() { ["type"] = "ActionSet", ["actions"] = actions };

    private static string AnswerOf(JToken? data) => data switch
    {
        JValue value => (string?)value ?? string.Empty,
        JObject json => (string?)json.SelectToken("msteams.value") ?? string.Empty,
        _ => string.Empty,
    };
}
