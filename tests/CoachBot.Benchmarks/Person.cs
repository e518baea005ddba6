using System.Text;
using Newtonsoft.Json.Linq;

namespace CoachBot.Benchmarks;

/// <summary>
/// One simulated person in their own conversation, posting to /api/messages as a channel does,
/// with deliveryMode expectReplies so the replies come back in the response body.
/// </summary>
public sealed class Person(HttpClient client, string prefix, int number)
{
    private int _activities;

    /// <summary>The conversation id.</summary>
    public string ConversationId { get; } = $"{prefix}-conv-{number}-{Guid.NewGuid():N}";

    /// <summary>The person's id.</summary>
    public string UserId { get; } = $"{prefix}-user-{number}";

    /// <summary>Sends <paramref name="text"/>; returns the HTTP status and the reply texts.</summary>
    public async Task<(int Status, IReadOnlyList<string> Replies)> SendAsync(string text, string type = "message")
    {
        var activity = new JObject
        {
            ["type"] = type,
            ["id"] = $"{ConversationId}-{Interlocked.Increment(ref _activities)}",
            ["channelId"] = "bench",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["locale"] = "en-US",
            ["localTimezone"] = "Europe/Berlin",
            ["timestamp"] = DateTimeOffset.UtcNow,
            ["from"] = new JObject { ["id"] = UserId, ["name"] = "Bench person" },
            ["recipient"] = new JObject { ["id"] = "coachbot", ["name"] = "CoachBot" },
            ["conversation"] = new JObject { ["id"] = ConversationId },
        };
        if (type == "message")
        {
            activity["text"] = text;
        }
        else
        {
            activity["membersAdded"] = new JArray(new JObject { ["id"] = UserId });
        }

        using var content = new StringContent(activity.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("api/messages", content).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (!response.IsSuccessStatusCode || body.Length == 0)
        {
            return ((int)response.StatusCode, []);
        }

        var replies = JObject.Parse(body)["activities"]?.Select(a => (string?)a["text"] ?? string.Empty).ToList() ?? [];
        return ((int)response.StatusCode, replies);
    }
}
