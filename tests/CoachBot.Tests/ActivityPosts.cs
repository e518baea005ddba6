using Newtonsoft.Json.Linq;

namespace CoachBot.Tests;

/// <summary>Builds activities the way a channel would post them to /api/messages.</summary>
public static class ActivityPosts
{
    /// <summary>A message from <paramref name="userId"/> in <paramref name="conversationId"/> that asks for replies in the response body.</summary>
    public static JObject Message(string text, string conversationId, string userId = "user-1", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["text"] = text,
        ["channelId"] = "test",
        ["serviceUrl"] = "http://localhost/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "en-US",
        ["from"] = new JObject { ["id"] = userId, ["name"] = "Test person" },
        ["recipient"] = new JObject { ["id"] = "coachbot", ["name"] = "CoachBot" },
        ["conversation"] = new JObject { ["id"] = conversationId },
    };

    /// <summary>A conversationUpdate adding <paramref name="userId"/>, as Web Chat and Teams send on first contact.</summary>
    public static JObject MemberAdded(string conversationId, string userId = "user-1")
    {
        var activity = Message(string.Empty, conversationId, userId);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JArray(new JObject { ["id"] = userId });
        return activity;
    }

    /// <summary>Posts <paramref name="activity"/> and returns the texts of the replies in the body.</summary>
    public static async Task<IReadOnlyList<string>> PostForRepliesAsync(this HttpClient client, JObject activity) =>
        (await client.PostForActivitiesAsync(activity)).Select(a => (string?)a["text"] ?? string.Empty).ToList();

    /// <summary>Posts <paramref name="activity"/> with expectReplies and returns the whole reply activities, cards and all.</summary>
    public static async Task<IReadOnlyList<JObject>> PostForActivitiesAsync(this HttpClient client, JObject activity)
    {
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), System.Text.Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return body["activities"]!.Cast<JObject>().ToList();
    }
}
