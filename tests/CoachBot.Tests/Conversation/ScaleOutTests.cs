using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>
/// Two bot instances against one storage, a person's turns sent to each in turn as a load balancer
/// without affinity does: every step is taken once, every timed cue said once (whichever
/// instance's timer dispatcher claims it), and each rating stored once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ScaleOutTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _tables = azurite.UniqueTableName("x");
    private CoachHost _first = null!;
    private CoachHost _second = null!;

    public async Task InitializeAsync()
    {
        _first = await CoachHost.StartAsync(azurite, _tables);
        _second = await CoachHost.StartAsync(azurite, _tables, channel: _first.Channel);
    }

    public async Task DisposeAsync()
    {
        // The two share the recording channel: the second leaves it to the first to close.
        await _second.StopAsync(alsoChannel: false);
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_session_whose_turns_alternate_between_two_instances_takes_each_step_once_and_stores_each_rating_once()
    {
        var chat = _first.NewConversation();
        chat.Instances = [_first.Client, _second.Client];

        await StartAsync(chat, area: "neck", side: "left", duration: "2 weeks", pain: "6");
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "60 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        var comparison = await chat.SendAsync("3");
        await chat.SendAsync("no");
        var end = await chat.SendAsync("no");

        Assert.Contains(comparison, t => t.Contains(English.Text(TextKeys.CompareDown, new { before = 6, after = 3, points = 3, s = "s" }), StringComparison.Ordinal));
        Assert.Contains(Opening(TextKeys.SessionEnd), end[^1], StringComparison.Ordinal);
        var ratings = await _first.StoredRatingsAsync(chat.UserKey);
        Assert.Equal([("before", 6), ("after", 3)], ratings.Select(r => (r.GetString("Phase"), r.GetInt32("Rating")!.Value)));
        foreach (var once in new[]
        {
            Opening(TextKeys.AgeAsk), Opening(TextKeys.ConsentAsk), Opening(TextKeys.AreaAsk), Opening(TextKeys.PainBeforeAsk),
            Opening(TextKeys.ReleaseHalfway), Opening(TextKeys.ReleaseEnd), Opening(TextKeys.StretchEnd), Opening(TextKeys.PainAfterAsk),
        })
        {
            Assert.Single(chat.Transcript, t => t.Contains(once, StringComparison.Ordinal));
        }
    }
}
