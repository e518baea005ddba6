using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Bot;

/// <summary>
/// Web Chat holds a message whose replyToId it has never seen for up to 5 seconds; timed cues and
/// check-ins answer events the client never saw, so they must reply to nothing.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ProactiveReplyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("proactive"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Timed_cues_reply_to_nothing_while_answers_still_reply_to_the_person_s_message()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));

        var mine = _host.Channel.Received.Where(a => (string?)a["conversation"]?["id"] == chat.ConversationId).ToList();
        var cues = mine.Where(a => Says(a, Opening(TextKeys.ReleaseHalfway)) || Says(a, Opening(TextKeys.ReleaseEnd)) || Says(a, Opening(TextKeys.StretchHold, new { number = 2, count = 2 }))).ToList();
        var answer = mine.First(a => Says(a, Opening(TextKeys.SideAsk)));

        Assert.NotEmpty(cues);
        Assert.All(cues, cue => Assert.True(string.IsNullOrEmpty((string?)cue["replyToId"]), (string?)cue["text"]));
        Assert.False(string.IsNullOrEmpty((string?)answer["replyToId"]));
    }

    private static bool Says(Newtonsoft.Json.Linq.JObject activity, string text) =>
        ((string?)activity["text"] ?? string.Empty).Contains(text, StringComparison.Ordinal);
}
