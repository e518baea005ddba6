using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Bot;

/// <summary>
/// A whole session as a Teams user, through Microsoft 365 Agents Playground (the local Teams
/// emulator; Teams itself cannot run here) in headless Chromium: its mock Teams connector takes the
/// bot's messages and card updates as Teams would, and its page draws Teams' cards and buttons.
/// Card buttons are answered as Teams sends their tap (see <see cref="TapOnCard"/>).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AgentsPlaygroundTests(AzuriteFixture azurite)
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Tests", "Bot", "browser", "playground-session.mjs");

    [Fact]
    public async Task A_Teams_user_taps_through_a_whole_session_on_cards_with_pictures_and_a_live_timer()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run build/setup.sh (it installs Debian's chromium).");
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.05" });
        var english = host.Services.GetRequiredService<ContentLibrary>().For("en-US");
        await using var playground = await AgentsPlayground.StartAsync(new Uri(host.BaseAddress, "api/messages"));
        await using var teams = NodeSession.Start(Script, playground.Page.ToString());
        var loaded = await teams.WaitForAsync(e => (string?)e["event"] is "loaded" or "error", "the Playground page loading");
        Assert.True((string?)loaded["event"] == "loaded", $"{loaded}\n{playground.Output()}");

        // Installing greets with one card that ends with the first question.
        await Step(teams, new JObject { ["waitForText"] = english.Text(TextKeys.WelcomeTitle) });
        await Step(teams, new JObject { ["screenshot"] = TestArtifacts.PathFor("teams-welcome-card.png") });
        var age = await Tap(teams, "18 to 64", Opening(TextKeys.ConsentAsk));
        await Tap(teams, "Yes", Opening(TextKeys.AreaAsk));
        await Step(teams, new JObject { ["screenshot"] = TestArtifacts.PathFor("teams-area-card.png") });
        var bodyMap = await Step(teams, new JObject { ["images"] = true });
        var area = await TapOnCard(teams, "Shoulder", Opening(TextKeys.SideAsk));
        var side = await TapOnCard(teams, "Right", Opening(TextKeys.DurationAsk));
        await Say(teams, "about 3 weeks", Opening(TextKeys.PainBeforeAsk));
        await Say(teams, "6", ScreenOpenings("shoulder", age: null).First());
        foreach (var opening in LaterScreenOpenings("shoulder", age: null))
        {
            await Tap(teams, "No", opening);
        }

        await Tap(teams, "No", english.Cautions.Question.Split('\n')[0][..20]);
        await Tap(teams, "No", Opening(TextKeys.ToolAsk));
        var tool = await TapOnCard(teams, "Ball", Opening(TextKeys.SpotAsk));
        var pictures = await Step(teams, new JObject { ["images"] = true });
        await Step(teams, new JObject { ["screenshot"] = TestArtifacts.PathFor("teams-spot-picture.png") });
        await Tap(teams, "Yes", Opening(TextKeys.LengthAsk));
        await Tap(teams, "60 seconds", Opening(TextKeys.ReadyAsk));
        await Tap(teams, "Start", english.Text(TextKeys.TimerLeft, new { seconds = 60 }));
        var timer = await Step(teams, new JObject { ["waitForText"] = english.Text(TextKeys.TimerLeft, new { seconds = 30 }) });
        await Step(teams, new JObject { ["screenshot"] = TestArtifacts.PathFor("teams-timer-card.png") });
        await Step(teams, new JObject { ["waitForText"] = Opening(TextKeys.PainAfterAsk) });
        var after = await Say(teams, "4", Opening(TextKeys.SwellingAsk));

        Assert.Equal([false, true, true, true], new[] { age, area, side, tool }.Select(c => (bool)c["onCard"]!));
        Assert.Contains(bodyMap["images"]!, i => ((string)i["src"]!).EndsWith("/pictures/body.png", StringComparison.Ordinal) && (bool)i["loaded"]!);
        Assert.Contains(pictures["images"]!, i => ((string)i["src"]!).EndsWith("/pictures/areas/shoulder.png?side=right", StringComparison.Ordinal) && (bool)i["loaded"]! && (string?)i["alt"] == english.PictureAlt("shoulder"));

        // The release was one card redrawn in place: the halfway cue replaced the start, and the
        // end replaced the halfway cue, with the time to go and then "Finished".
        var halfway = (string)timer["text"]!;
        Assert.Contains(Opening(TextKeys.ReleaseHalfway), halfway, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Text(TextKeys.TimerLeft, new { seconds = 60 }), halfway, StringComparison.Ordinal);
        var chat = (string)after["text"]!;
        Assert.Contains(Opening(TextKeys.ReleaseEnd), chat, StringComparison.Ordinal);
        Assert.DoesNotContain(Opening(TextKeys.ReleaseHalfway), chat, StringComparison.Ordinal);
        Assert.DoesNotContain(english.Text(TextKeys.TimerLeft, new { seconds = 30 }), chat, StringComparison.Ordinal);
        Assert.Contains(english.Text(TextKeys.TimerFinished), chat, StringComparison.Ordinal);
    }

    private static async Task<JObject> Step(NodeSession teams, JObject command)
    {
        var answer = await teams.RequestAsync(command);
        Assert.True((string?)answer["event"] != "error", $"{command}: {answer}\n{teams.Transcript()}");
        return answer;
    }

    private static async Task<JObject> Tap(NodeSession teams, string button, string thenExpect)
    {
        var clicked = await Step(teams, new JObject { ["click"] = button });
        await Step(teams, new JObject { ["waitForText"] = thenExpect });
        return clicked;
    }

    // Agents Playground 0.2.28 draws a card's msteams imBack buttons but sends nothing on a click;
    // Teams sends the button's value as the person's message, which is what this sends.
    private static async Task<JObject> TapOnCard(NodeSession teams, string button, string thenExpect)
    {
        var answered = await Step(teams, new JObject { ["answerOnCard"] = button });
        await Step(teams, new JObject { ["waitForText"] = thenExpect });
        return answered;
    }

    private static async Task<JObject> Say(NodeSession teams, string text, string thenExpect)
    {
        await Step(teams, new JObject { ["send"] = text });
        return await Step(teams, new JObject { ["waitForText"] = thenExpect });
    }
}
