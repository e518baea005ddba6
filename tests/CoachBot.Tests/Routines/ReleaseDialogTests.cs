using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Routines;

/// <summary>The release as a person meets it: the tool they pick, time to warm up, and a clock that starts only when they are ready.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ReleaseDialogTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("rel"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.05" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task My_thumb_on_the_neck_gets_the_pinch_not_the_ball()
    {
        var chat = await ReachToolAsync("neck", "left");

        var neck = English.Area("neck");

        var spot = await chat.SendAsync("my thumb I guess");
        var position = await chat.AnswerAsync("yes", "60 seconds");

        Assert.Contains(spot, t => t.Contains(neck.Tools["thumb"].FindTheSpot!.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(spot.Concat(position), t => t.Contains(neck.Tools["ball"].FindTheSpot!.Text, StringComparison.Ordinal) || t.Contains(neck.Tools["ball"].Release!.Text, StringComparison.Ordinal));
        Assert.Contains(position, t => t.Contains(neck.Tools["thumb"].Release!.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("upper back", "upper-back", "my thumb I guess", "thumb")]
    [InlineData("shoulder", "shoulder", "knuckles", "knuckle")]
    [InlineData("thigh", "thigh", "thumbs", "thumb")]
    public async Task A_tool_that_does_not_fit_the_area_is_named_with_the_one_that_does(string area, string areaId, string answer, string toolId)
    {
        var chat = await ReachToolAsync(area, "right");
        var content = English.Area(areaId);
        var used = content.ToolToUse(toolId);

        var spot = await chat.SendAsync(answer);
        var position = await chat.AnswerAsync("yes", "30 seconds");

        Assert.NotEqual(toolId, used);
        Assert.Contains(spot, t => t.Contains(content.Tools[toolId].Why!.Text, StringComparison.Ordinal) && t.Contains(content.Tools[used].FindTheSpot!.Text, StringComparison.Ordinal));
        Assert.Contains(position, t => t.Contains(content.Tools[used].Release!.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warm_up_first_waits_for_the_person_then_asks_for_the_tool()
    {
        var chat = await ReachToolAsync("neck", "left");

        var waiting = await chat.SendAsync("warm up first");
        var back = await chat.SendAsync("I've warmed it up");

        Assert.Contains(waiting, t => t.Contains(Opening(TextKeys.WarmUpWait), StringComparison.Ordinal));
        Assert.DoesNotContain(waiting, t => t.Contains(Opening(TextKeys.ToolAsk), StringComparison.Ordinal));
        Assert.Contains(back, t => t.Contains(Opening(TextKeys.ToolAsk), StringComparison.Ordinal));
        Assert.Contains(await chat.SendAsync("ball"), t => t.Contains(Opening(TextKeys.SpotAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_clock_starts_only_when_the_person_says_they_are_ready()
    {
        var chat = await ReachToolAsync("neck", "left");
        await chat.AnswerAsync("thumb", "yes");

        var position = await chat.SendAsync("30 seconds");
        var notYet = await chat.SendAsync("not yet, give me a sec");
        var started = await chat.SendAsync("ready");

        Assert.Contains(position, t => t.Contains(Opening(TextKeys.ReleasePressure), StringComparison.Ordinal));
        Assert.Contains(position, t => t.Contains(Opening(TextKeys.ReadyAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(position.Concat(notYet), t => t.Contains(Opening(TextKeys.ReleaseStart), StringComparison.Ordinal));
        Assert.Contains(notYet, t => t.Contains(Opening(TextKeys.ReadyRetry), StringComparison.Ordinal));
        var cue = Assert.Single(started);
        Assert.StartsWith(English.Text(TextKeys.ReleaseStart, new { seconds = 30 }), cue, StringComparison.Ordinal);
        Assert.DoesNotContain(Opening(TextKeys.ReleasePressure), cue, StringComparison.Ordinal);
        await chat.WaitForAsync(Opening(TextKeys.ReleaseHalfway));
    }

    private async Task<CoachConversation> ReachToolAsync(string area, string side)
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: area, side: side);
        var areaId = English.Areas.First(a => a.Label.Equals(area, StringComparison.OrdinalIgnoreCase) || a.Synonyms.Contains(area)).Id;
        await PassScreenAsync(chat, areaId);
        await chat.SendAsync("no");
        return chat;
    }
}
