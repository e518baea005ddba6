using CoachBot.Testing;
using System.Text;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.Conversation;

/// <summary>
/// One person talking to the real host: messages go to POST /api/messages as a channel would send
/// them, and everything the bot says (replies and timed cues alike) is read from the recording
/// channel, in order.
/// </summary>
public sealed class CoachConversation(HttpClient client, RecordingChannel channel, string locale = "en-US")
{
    private int _seen;

    /// <summary>The host connection; a test that restarts the host points the conversation at the new one.</summary>
    public HttpClient Client { get; set; } = client;

    /// <summary>
    /// When set, each message goes to the next of these instances in turn, as a load balancer
    /// without affinity would send them, instead of to <see cref="Client"/>.
    /// </summary>
    public IReadOnlyList<HttpClient>? Instances { get; set; }

    private int _sent;

    /// <summary>This conversation's id.</summary>
    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N");

    /// <summary>The person's id.</summary>
    public string UserId { get; init; } = "user-" + Guid.NewGuid().ToString("N");

    /// <summary>The IANA zone the channel reports (Web Chat sends it); null for a channel that does not.</summary>
    public string? TimeZone { get; set; } = "America/New_York";

    /// <summary>The key the person's ratings are filed under.</summary>
    public string UserKey => $"test/users/{UserId}";

    /// <summary>Everything the bot said in this conversation so far.</summary>
    public IReadOnlyList<string> Transcript => Mine().Select(a => (string?)a["text"] ?? string.Empty).ToList();

    /// <summary>
    /// Every word the person could read in this conversation so far: each message's text, its
    /// buttons' titles and values, and its attachments' names and texts.
    /// </summary>
    public IReadOnlyList<string> EverythingShown => Mine()
        .SelectMany(a => new[] { (string?)a["text"] }
            .Concat(a["suggestedActions"]?["actions"]?.SelectMany(b => new[] { (string?)b["title"], (string?)b["value"] }) ?? [])
            .Concat(a["attachments"]?.SelectMany(x => new[] { (string?)x["name"] }.Concat(CardWords.Of(x["content"]))) ?? []))
        .OfType<string>()
        .Where(t => t.Length > 0)
        .ToList();

    /// <summary>Sends <paramref name="text"/> and returns what the bot answered in that turn.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string text, string? activityId = null)
    {
        var activity = Activity("message", activityId);
        activity["text"] = text;
        return await PostAsync(activity);
    }

    /// <summary>Sends a conversationUpdate adding the person, as Web Chat does on open.</summary>
    public async Task<IReadOnlyList<string>> JoinAsync()
    {
        var activity = Activity("conversationUpdate");
        activity["membersAdded"] = new JArray(new JObject { ["id"] = UserId });
        return await PostAsync(activity);
    }

    /// <summary>Waits for a message containing <paramref name="text"/> (a timed cue, say) and returns it.</summary>
    public async Task<string> WaitForAsync(string text, TimeSpan? timeout = null)
    {
        var index = await channel.WaitForAsync(a => IsMine(a) && ((string?)a["text"] ?? string.Empty).Contains(text, StringComparison.OrdinalIgnoreCase), FirstUnseenIndex(), timeout);
        var found = (string)channel.Received[index]["text"]!;
        _seen = Mine().Count;
        return found;
    }

    /// <summary>Sends each answer in turn; returns everything said in reply.</summary>
    public async Task<IReadOnlyList<string>> AnswerAsync(params string[] answers)
    {
        var replies = new List<string>();
        foreach (var answer in answers)
        {
            replies.AddRange(await SendAsync(answer));
        }

        return replies;
    }

    private JObject Activity(string type, string? id = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "test",
        ["serviceUrl"] = channel.ServiceUrl,
        ["locale"] = locale,
        ["localTimezone"] = TimeZone,
        ["timestamp"] = DateTimeOffset.UtcNow,
        ["from"] = new JObject { ["id"] = UserId, ["name"] = "Test person" },
        ["recipient"] = new JObject { ["id"] = "coachbot", ["name"] = "CoachBot" },
        ["conversation"] = new JObject { ["id"] = ConversationId },
    };

    private async Task<IReadOnlyList<string>> PostAsync(JObject activity)
    {
        var client = Instances is { Count: > 0 } instances ? instances[_sent++ % instances.Count] : Client;
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var mine = Mine();
        var replies = mine.Skip(_seen).Select(a => (string?)a["text"] ?? string.Empty).ToList();
        _seen = mine.Count;
        return replies;
    }

    private List<JObject> Mine() => channel.Received.Where(IsMine).ToList();

    private bool IsMine(JObject activity) => (string?)activity["conversation"]?["id"] == ConversationId;

    private int FirstUnseenIndex()
    {
        var count = 0;
        var received = channel.Received;
        for (var i = 0; i < received.Count; i++)
        {
            if (IsMine(received[i]) && ++count > _seen)
            {
                return i;
            }
        }

        return received.Count;
    }
}
