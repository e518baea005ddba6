using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.DirectLine;

/// <summary>
/// The official Direct Line client (npm botframework-directlinejs), run by Node, against the
/// local Direct Line: once polling and once over the WebSocket, as Web Chat would use it.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DirectLineJsClientTests(AzuriteFixture azurite)
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Tests", "DirectLine", "client", "directline-session.mjs");

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task The_official_client_is_welcomed_sees_its_message_echoed_and_receives_the_coachs_cue(string mode)
    {
        await using var host = DirectLineHost.Start(azurite);
        var welcome = host.Services.GetRequiredService<ContentLibrary>().For("en-US").Text(TextKeys.Welcome);
        var grant = await new DirectLineApi(host.CreateClient()).GenerateTokenAsync("dl_node_" + mode);
        await using var client = NodeSession.Start(Script, host.Domain, (string)grant["token"]!, mode);

        await client.SendAsync(new JObject { ["join"] = "en-US" });
        await client.WaitForAsync(e => Activity(e)?["text"]?.ToString() == welcome, "the welcome");
        await client.SendAsync(new JObject { ["send"] = "hi coach", ["clientActivityID"] = "node-1" });
        var posted = await client.WaitForAsync(e => (string?)e["event"] is "posted" or "postFailed", "the post's outcome");
        var echo = await client.WaitForAsync(e => (string?)Activity(e)?["id"] == (string?)posted["id"], "the echo");
        await host.SendProactiveAsync((string)grant["conversationId"]!, "dl_node_" + mode, (string)posted["id"]!, "Time for the stretch.");
        var cue = await client.WaitForAsync(e => (string?)Activity(e)?["text"] == "Time for the stretch.", "the coach's cue");

        Assert.Equal("posted", (string?)posted["event"]);
        Assert.Equal("node-1", (string?)echo["activity"]!["channelData"]?["clientActivityID"]);
        Assert.Equal("dl_node_" + mode, (string?)echo["activity"]!["from"]?["id"]);
        Assert.Equal("bot", (string?)cue["activity"]!["from"]?["role"]);
        Assert.DoesNotContain(client.Events, e => (string?)e["event"] == "error");
        var polled = client.Events.Any(e => (string?)e["event"] == "request" && (string?)e["method"] == "GET" && ((string?)e["path"])!.EndsWith("/activities", StringComparison.Ordinal));
        var streamed = client.Events.Any(e => (string?)e["event"] == "socket");
        Assert.Equal(mode == "websocket", streamed);
        Assert.Equal(mode == "polling", polled);
    }

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task The_official_client_completes_a_whole_release_session_with_its_timed_cues(string mode)
    {
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });
        var grant = await new DirectLineApi(host.CreateClient()).GenerateTokenAsync("dl_session_" + mode);
        await using var client = NodeSession.Start(Script, host.Domain, (string)grant["token"]!, mode);
        await client.SendAsync(new JObject { ["join"] = "en-US" });
        await client.WaitForAsync(e => Says(e, Opening(TextKeys.AgeAsk)), "the age question");

        List<(string Answer, string Expect)> steps =
        [
            ("I'm 42", Opening(TextKeys.ConsentAsk)),
            ("yes", Opening(TextKeys.AreaAsk)),
            ("my upper back", Opening(TextKeys.SideAsk)),
            ("right", Opening(TextKeys.DurationAsk)),
            ("a few days", Opening(TextKeys.PainBeforeAsk)),
            ("about a 5", ScreenOpenings("upper-back", age: 42).First()),
            .. LaterScreenOpenings("upper-back", age: 42).Select(opening => (Answer: "no", Expect: opening)),
            ("no", English.Cautions.Question.Split('\n')[0]),
            ("no", Opening(TextKeys.ToolAsk)),
            ("tennis ball", Opening(TextKeys.SpotAsk)),
            ("yes", Opening(TextKeys.LengthAsk)),
            ("30", Opening(TextKeys.ReadyAsk)),
            ("ok go", English.Text(TextKeys.ReleaseStart, new { seconds = 30 })),
        ];
        var step = 0;
        foreach (var (answer, expect) in steps)
        {
            await client.SendAsync(new JObject { ["send"] = answer, ["clientActivityID"] = $"{mode}-{++step}" });
            await client.WaitForAsync(e => Says(e, expect), $"'{expect}' after '{answer}'");
        }

        await client.WaitForAsync(e => Says(e, Opening(TextKeys.ReleaseHalfway)), "the halfway cue");
        await client.WaitForAsync(e => Says(e, Opening(TextKeys.ReleaseEnd)), "the release cue");
        await client.WaitForAsync(e => Says(e, Opening(TextKeys.StretchHold, new { number = 2, count = 2 })), "the second stretch hold");
        await client.WaitForAsync(e => Says(e, Opening(TextKeys.PainAfterAsk)), "the rating after");
        await client.SendAsync(new JObject { ["send"] = "3", ["clientActivityID"] = $"{mode}-after" });
        var compared = await client.WaitForAsync(e => Says(e, English.Text(TextKeys.CompareDown, new { before = 5, after = 3, points = 2, s = "s" })), "the comparison");

        Assert.Equal("bot", (string?)compared["activity"]!["from"]?["role"]);
        Assert.DoesNotContain(client.Events, e => (string?)e["event"] is "error" or "postFailed");
    }

    private static bool Says(JObject clientEvent, string text) =>
        ((string?)Activity(clientEvent)?["text"])?.Contains(text, StringComparison.Ordinal) == true;

    private static JObject? Activity(JObject clientEvent) =>
        (string?)clientEvent["event"] == "activity" ? clientEvent["activity"] as JObject : null;
}
