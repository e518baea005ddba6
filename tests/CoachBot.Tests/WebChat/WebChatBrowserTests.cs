using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

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
    public async Task A_person_opening_the_page_is_welcomed_their_message_is_delivered_and_the_coachs_cue_arrives()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run build/setup.sh (it installs Debian's chromium).");
        await using var host = DirectLineHost.Start(azurite);
        var welcome = host.Services.GetRequiredService<ContentLibrary>().For("en-US").Text(TextKeys.Welcome);
        await using var browser = NodeSession.Start(Script, host.BaseAddress.ToString());

        var loaded = await browser.WaitForAsync(e => (string?)e["event"] is "loaded" or "error", "the page loading");
        Assert.Equal("loaded", (string?)loaded["event"]);
        var greeted = await browser.RequestAsync(new JObject { ["waitForBotMessages"] = 1 });
        var suggestion = await browser.RequestAsync(new JObject { ["clickSuggestedAction"] = true });
        var sent = await browser.RequestAsync(new JObject { ["send"] = "hello coach" });
        var messagesBefore = greeted["texts"]!.Count() + ((string?)suggestion["event"] == "clicked" ? 1 : 0);
        await host.SendProactiveAsync((string)loaded["conversationId"]!, (string)loaded["userId"]!, "cue", "Release now.");
        var afterCue = await browser.RequestAsync(new JObject { ["waitForBotMessages"] = messagesBefore + 1 });
        var screenshot = await browser.RequestAsync(new JObject { ["screenshot"] = ArtifactPath("webchat-welcome-and-cue.png") });

        Assert.Equal("Self-care guidance, not medical advice or a diagnosis.", (string?)loaded["disclaimer"]);
        Assert.Equal(Normalize(welcome), Normalize((string)greeted["texts"]![0]!));
        Assert.NotEqual("error", (string?)suggestion["event"]);
        Assert.Equal("sent", (string?)sent["event"]);
        Assert.False((bool)sent["failed"]!, $"Web Chat says: {sent["status"]}");
        Assert.Contains("Release now.", afterCue["texts"]!.Select(t => (string?)t));
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

    // Web Chat renders the coach's text as Markdown: paragraphs and typographic quotes change the
    // characters, not the words.
    private static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\''), " ").Trim();

    private static string ArtifactPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
