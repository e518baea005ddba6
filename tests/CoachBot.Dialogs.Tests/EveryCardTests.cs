using Process = System.Diagnostics.Process;
using ProcessStartInfo = System.Diagnostics.ProcessStartInfo;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Tests.Routines;
using CoachBot.Dialogs.Timing;
using CoachBot.Testing;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests;

/// <summary>
/// Every Adaptive Card the coach sends, gathered by playing the dialogs that send them in Teams and
/// in Web Chat, in each language, then parsed by the adaptivecards package Web Chat bundles (run in
/// Node), as a client would before drawing them.
/// </summary>
public sealed class EveryCardTests
{
    // Teams refuses a message over 28 KB; a card that grows towards it is caught here first.
    private const int TeamsMessageLimit = 28 * 1024;

    private static readonly PictureLinks Pictures = new(new Uri("https://coach.example/"));

    [Fact]
    public async Task Every_card_parses_without_a_warning_in_the_renderer_Web_Chat_bundles_and_fits_a_Teams_message()
    {
        var cards = await GatherAsync();

        var parsed = await ParseAsync(cards.ToDictionary(c => c.Name, c => AdaptiveCard.ContentOf(c.Message.Attachments.Single(AdaptiveCard.Is))));

        Assert.True(cards.Count >= 20, $"Only {cards.Count} cards were gathered.");
        Assert.All(cards, card =>
        {
            var result = parsed[card.Name]!;
            Assert.True(result["warnings"]!.Type == JTokenType.Array && !result["warnings"]!.Any(), $"{card.Name}: {result["warnings"]}");
            Assert.Equal(AdaptiveCard.Version, (string?)result["version"]);
            var size = JsonConvert.SerializeObject(card.Message).Length;
            Assert.True(size < TeamsMessageLimit, $"{card.Name} is {size} characters.");
        });
    }

    [Fact]
    public async Task Every_card_button_answers_as_the_person_in_the_way_each_channel_needs()
    {
        var cards = await GatherAsync();

        Assert.All(cards, card =>
        {
            var data = AdaptiveCard.ContentOf(card.Message.Attachments.Single(AdaptiveCard.Is)).SelectTokens("$..actions[*].data").ToList();
            Assert.All(data, d => Assert.Equal(card.Channel == Channels.Msteams ? "imBack" : null, (string?)d.SelectToken("msteams.type")));
            Assert.All(data, d => Assert.False(string.IsNullOrWhiteSpace(card.Channel == Channels.Msteams ? (string?)d.SelectToken("msteams.value") : (string?)d)));
        });
    }

    private static async Task<List<GatheredCard>> GatherAsync()
    {
        var cards = new List<GatheredCard>();
        foreach (var content in Library.All)
        {
            foreach (var channel in new[] { Channels.Msteams, Channels.Directline })
            {
                var name = $"{content.Language}/{channel}";
                cards.AddRange(await PlayAsync($"{name}/where-it-hurts", channel, content, new WhereItHurtsDialog(Library, TimeProvider.System, Pictures), new SessionPlan(), "hi", content.Area("neck").Label));
                var timers = new RecordingTimers();
                cards.AddRange(await PlayAsync($"{name}/release", channel, content, new ReleaseDialog(Library, Hold(timers), Pictures), Round(), timers, "hi", content.Routine.Tools[0].Label, content.Text(TextKeys.AnswerYes), "60", content.Text(TextKeys.ReadyStart)));
                timers = new RecordingTimers();
                cards.AddRange(await PlayAsync($"{name}/stretch", channel, content, new StretchDialog(Library, Hold(timers)), Round().Plan, timers, "ok"));
            }
        }

        return cards;
    }

    private static Task<List<GatheredCard>> PlayAsync(string name, string channel, LanguageContent content, Dialog dialog, object options, params string[] said) =>
        PlayAsync(name, channel, content, dialog, options, null, said);

    // Plays what the person says, then every timer the dialog set, and keeps each card sent or redrawn.
    private static async Task<List<GatheredCard>> PlayAsync(string name, string channel, LanguageContent content, Dialog dialog, object options, RecordingTimers? timers, params string[] said)
    {
        var adapter = new UpdatingTestAdapter(channel) { Locale = content.Language };
        var client = new DialogTestClient(adapter, dialog, options);
        var messages = new List<IMessageActivity>();
        foreach (var text in said)
        {
            messages.AddRange(await RepliesAsync(client, MessageFactory.Text(text), content));
        }

        foreach (var timer in timers?.Pending.ToList() ?? [])
        {
            messages.AddRange(await RepliesAsync(client, RecordingTimers.Delivery(timer), content));
        }

        messages.AddRange(adapter.Updates);
        return [.. messages.Where(m => m.Attachments?.Any(AdaptiveCard.Is) == true).Select((m, i) => new GatheredCard($"{name}/{i}", channel, m))];
    }

    private static async Task<List<IMessageActivity>> RepliesAsync(DialogTestClient client, IActivity activity, LanguageContent content)
    {
        ((Activity)activity).Locale = content.Language;
        var replies = new List<IMessageActivity>();
        var reply = await client.SendActivityAsync<IMessageActivity>(activity);
        while (reply is not null)
        {
            replies.Add(reply);
            reply = client.GetNextReply<IMessageActivity>();
        }

        return replies;
    }

    private static TimedCuesDialog Hold(RecordingTimers timers) =>
        new(DialogIds.TimedHold, timers, new CoachOptions(), TimeProvider.System, new MessageUpdates(_ => true));

    private static CautionsRound Round() => new() { Plan = new SessionPlan { AreaId = "neck", Side = "left", PainBefore = 5 } };

    private static async Task<JObject> ParseAsync(Dictionary<string, JObject> cards)
    {
        var file = Path.Combine(Path.GetTempPath(), $"coachbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonConvert.SerializeObject(cards));
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "tests", "CoachBot.Testing", "node", "parse-cards.mjs"));
            start.ArgumentList.Add(file);
            using var node = Process.Start(start)!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();

            // A bound for a broken run, not a measurement: parsing takes well under a second.
            await node.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
            Assert.True(node.ExitCode == 0, await errors);
            return (JObject)JObject.Parse(await output)["cards"]!;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record GatheredCard(string Name, string Channel, IMessageActivity Message);
}
