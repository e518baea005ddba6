using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.WebChat;

/// <summary>
/// The page at / in headless Chromium (Debian's chromium, driven by playwright-core from Node),
/// against the real host and its local Direct Line: what a person sees and does. Each step is a
/// command to the browser script, so a whole release session can be played the same way.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class WebChatBrowserTests(AzuriteFixture azurite)
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Tests", "WebChat", "browser", "webchat-session.mjs");

    [Fact]
    public async Task A_person_clicks_and_types_through_a_whole_release_session_with_its_timed_cues()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run build/setup.sh (it installs Debian's chromium).");
        await using var host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });
        var welcome = host.Services.GetRequiredService<ContentLibrary>().For("en-US").Text(TextKeys.Welcome);
        await using var browser = NodeSession.Start(Script, host.BaseAddress.ToString());

        var loaded = await browser.WaitForAsync(e => (string?)e["event"] is "loaded" or "error", "the page loading");
        Assert.Equal("loaded", (string?)loaded["event"]);
        var greeted = await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.AgeAsk)) });
        var timing = await browser.RequestAsync(new JObject { ["timing"] = true });
        await File.WriteAllTextAsync(TestArtifacts.PathFor("webchat-first-paint.txt"), $"first contentful paint: {timing["firstContentfulPaint"]} ms\ngreeting shown: {timing["greetingShown"]} ms\n");
        await Click(browser, "18 to 64", Shown(Opening(TextKeys.ConsentAsk)));
        var consent = await Click(browser, "Yes", Shown(Opening(TextKeys.AreaAsk)));
        await browser.RequestAsync(new JObject { ["screenshot"] = TestArtifacts.PathFor("webchat-area-card.png") });
        var area = await Click(browser, "Neck", Shown(Opening(TextKeys.SideAsk)));
        var side = await Click(browser, "Left", Shown(Opening(TextKeys.DurationAsk)));
        await Type(browser, "about 3 weeks", Shown(Opening(TextKeys.PainBeforeAsk)));
        await Type(browser, "6", ScreenOpenings("neck", age: null).First());
        foreach (var opening in LaterScreenOpenings("neck", age: null))
        {
            await Click(browser, "No", opening);
        }

        await Click(browser, "No", Shown(English.Cautions.Question.Split('\n')[0]));
        await Click(browser, "No", Shown(Opening(TextKeys.ToolAsk)));
        await Click(browser, "Thumb", Shown(Opening(TextKeys.SpotAsk)));
        await Click(browser, "Yes", Shown(Opening(TextKeys.LengthAsk)));
        await Click(browser, "60 seconds", Shown(Opening(TextKeys.ReadyAsk)));
        await Click(browser, "Start", Shown(English.Text(TextKeys.ReleaseStart, new { seconds = 60 })));
        await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.ReleaseHalfway)) });
        await browser.RequestAsync(new JObject { ["screenshot"] = TestArtifacts.PathFor("webchat-timer-card.png") });
        await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.ReleaseEnd)) });
        await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.StretchHold, new { number = 2, count = 2 })) });
        await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.PainAfterAsk)) });
        var sent = await browser.RequestAsync(new JObject { ["send"] = "4" });
        var compared = await browser.RequestAsync(new JObject { ["waitForText"] = Shown(Opening(TextKeys.SwellingAsk)) });
        await Click(browser, "No", Shown(Opening(TextKeys.ProgramOffer)));
        await Click(browser, "No", Shown(Opening(TextKeys.SessionEnd)));
        var screenshot = await browser.RequestAsync(new JObject { ["screenshot"] = TestArtifacts.PathFor("webchat-release-session.png") });
        var seen = await browser.RequestAsync(new JObject { ["seen"] = true });

        Assert.Equal(English.Text(TextKeys.PageDisclaimer), (string?)loaded["disclaimer"]);

        // Measured, not bounded (a busy machine is slow): the page paints before the greeting shows.
        Assert.True((double?)timing["firstContentfulPaint"] <= (double?)timing["greetingShown"], timing.ToString());

        // Two choices come as suggested actions; twelve areas and four sides on a card.
        Assert.Equal(["suggested", "card", "card"], new[] { consent, area, side }.Select(c => (string?)c["kind"]));
        Assert.Equal(Normalize(welcome), Normalize((string)greeted["texts"]![0]!));
        Assert.False((bool)sent["failed"]!, $"Web Chat says: {sent["status"]}");
        Assert.Contains(compared["texts"]!.Select(t => Normalize((string)t!)), t => t.Contains(Normalize(English.Text(TextKeys.CompareDown, new { before = 6, after = 4, points = 2, s = "s" })), StringComparison.Ordinal));
        Assert.True(File.Exists((string)screenshot["path"]!), browser.Transcript());

        // Timed cues show when they are sent: none replies to an activity this browser never
        // received, the cause of Web Chat holding a message back for up to 5 s with a warning.
        var delivered = seen["activities"]!.Select(a => (string?)a["id"]).ToHashSet();
        Assert.False(seen["warnings"]!.Any(w => ((string)w!).Contains("Timed out while waiting for activity", StringComparison.Ordinal)), seen.ToString());
        Assert.All(seen["activities"]!.Where(a => (bool)a["fromBot"]! && (string?)a["replyToId"] is not null), a => Assert.Contains((string?)a["replyToId"], delivered));
        Assert.Contains(seen["activities"]!, a => ((string)a["text"]!).StartsWith(Opening(TextKeys.ReleaseHalfway), StringComparison.Ordinal));

        // The release starts with one short line; how to get into position and how hard to press
        // came before "Ready?", while nothing was timed.
        var startCue = (string)seen["activities"]!.First(a => ((string)a["text"]!).StartsWith(Opening(TextKeys.ReleaseStart), StringComparison.Ordinal))["text"]!;
        Assert.DoesNotContain(Opening(TextKeys.ReleasePressure), startCue, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", startCue, StringComparison.Ordinal);
        var beforeReady = seen["activities"]!.Select(a => (string)a["text"]!).TakeWhile(t => !t.StartsWith(Opening(TextKeys.ReadyAsk), StringComparison.Ordinal)).ToList();
        Assert.Contains(beforeReady, t => t.Contains(Opening(TextKeys.ReleasePressure), StringComparison.Ordinal));
    }

    private static async Task<JObject> Click(NodeSession browser, string button, string thenExpect)
    {
        var clicked = await browser.RequestAsync(new JObject { ["clickSuggestedAction"] = button });
        Assert.True((string?)clicked["event"] == "clicked", $"Could not click '{button}': {clicked}\n{browser.Transcript()}");
        var after = await browser.RequestAsync(new JObject { ["waitForText"] = thenExpect });
        Assert.True((string?)after["event"] == "botMessages", $"After '{button}' the coach never said '{thenExpect}'.\n{browser.Transcript()}");
        return clicked;
    }

    private static async Task Type(NodeSession browser, string text, string thenExpect)
    {
        var sent = await browser.RequestAsync(new JObject { ["send"] = text });
        Assert.False((bool)sent["failed"]!, $"Web Chat says: {sent["status"]}");
        var after = await browser.RequestAsync(new JObject { ["waitForText"] = thenExpect });
        Assert.True((string?)after["event"] == "botMessages", $"After '{text}' the coach never said '{thenExpect}'.\n{browser.Transcript()}");
    }

    [Fact]
    public async Task A_browser_in_Spanish_from_Spain_is_greeted_and_coached_in_Spanish_and_sent_to_112_on_a_red_flag()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run build/setup.sh (it installs Debian's chromium).");
        await using var host = DirectLineHost.Start(azurite);
        var spanish = host.Services.GetRequiredService<ContentLibrary>().For("es-ES");
        string Says(string key) => Shown(spanish.Text(key).Split('{')[0]);
        await using var browser = NodeSession.Start(Script, host.BaseAddress.ToString(), "es-ES");

        var loaded = await browser.WaitForAsync(e => (string?)e["event"] is "loaded" or "error", "the page loading");
        Assert.Equal("loaded", (string?)loaded["event"]);
        var greeted = await browser.RequestAsync(new JObject { ["waitForText"] = Says(TextKeys.AgeAsk) });
        await Type(browser, "tengo 41", Says(TextKeys.ConsentAsk));
        await Click(browser, spanish.Text(TextKeys.AnswerYes), Says(TextKeys.AreaAsk));
        await Type(browser, "el cuello", Says(TextKeys.SideAsk));
        await Click(browser, spanish.Patterns.Sides.Single(s => s.Id == "left").Label, Says(TextKeys.DurationAsk));
        await Type(browser, "unas dos semanas", Says(TextKeys.PainBeforeAsk));
        await Type(browser, "siete de diez", Says(TextKeys.ScreenIntro));
        await Type(browser, "me duele el pecho y el brazo izquierdo y estoy sudando", "112");
        var screenshot = await browser.RequestAsync(new JObject { ["screenshot"] = TestArtifacts.PathFor("webchat-spanish-red-flag.png") });
        var seen = await browser.RequestAsync(new JObject { ["seen"] = true });

        // The welcome waited for the page's join event, which carries the browser's locale.
        Assert.Equal(Normalize(spanish.Text(TextKeys.Welcome)), Normalize((string)greeted["texts"]![0]!));
        var texts = seen["activities"]!.Where(a => (bool)a["fromBot"]!).Select(a => (string)a["text"]!).ToList();
        Assert.Contains(texts, t => t.Contains(Shown(spanish.RedFlags.Outcomes[SafetyOutcomes.Emergency].Text.Split('{')[0]), StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains(Says(TextKeys.ReleaseStart), StringComparison.Ordinal));
        Assert.True(File.Exists((string)screenshot["path"]!), browser.Transcript());
    }

    [Fact]
    public async Task A_returning_person_keeps_their_user_id_in_a_new_conversation()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run build/setup.sh (it installs Debian's chromium).");
        await using var host = DirectLineHost.Start(azurite);
        await using var browser = NodeSession.Start(Script, host.BaseAddress.ToString());

        var first = await browser.WaitForAsync(e => (string?)e["event"] is "loaded" or "error", "the page loading");
        var returning = await browser.RequestAsync(new JObject { ["reload"] = true });

        Assert.Equal("loaded", (string?)returning["event"]);
        Assert.StartsWith("dl_", (string?)first["userId"], StringComparison.Ordinal);
        Assert.Equal((string?)first["userId"], (string?)returning["userId"]);
        Assert.NotEqual((string?)first["conversationId"], (string?)returning["conversationId"]);
    }

    // What a page shows of a text as written: Web Chat renders it as Markdown and curls its quotes,
    // so the test looks for the longest part that no quote, line break or Markdown mark touches.
    private static string Shown(string text) => text.Split(['\'', '"', '\n', '*', '_', '`']).MaxBy(part => part.Length)!.Trim();

    // Web Chat renders the coach's text as Markdown: paragraphs and typographic quotes change the
    // characters, not the words.
    private static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\''), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
