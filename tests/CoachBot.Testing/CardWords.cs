using Newtonsoft.Json.Linq;

namespace CoachBot.Testing;

/// <summary>The words a person reads on a card: its texts, button titles, pictures' alt texts and what a tap sends.</summary>
public static class CardWords
{
    private static readonly string[] Shown = ["text", "title", "altText", "value"];

    /// <summary>Every word shown by the attachment content <paramref name="content"/>, without its JSON structure.</summary>
    public static IEnumerable<string> Of(JToken? content) => content is not JContainer container
        ? []
        : container.Descendants().OfType<JProperty>()
            .Where(p => p.Value.Type == JTokenType.String && (Shown.Contains(p.Name) || (p.Name == "data" && p.Parent?["type"]?.ToString() == "Action.Submit")))
            .Select(p => (string)p.Value!);
}
