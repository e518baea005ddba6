using CoachBot.Dialogs.Timing;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Routines;

public sealed class ReleaseDialogTests
{
    private readonly RecordingTimers _timers = new();

    [Fact]
    public async Task A_thumb_on_the_neck_finds_the_spot_sets_the_length_and_times_the_hold_only_once_the_person_is_ready()
    {
        var neck = English.Area("neck");
        var client = ReleaseClient(Round("neck"));

        Assert.Equal([English.Text(TextKeys.HeatTip), English.Text(TextKeys.ToolAsk)], await SayAsync(client, "hi"));
        Assert.Equal([neck.Tools["thumb"].FindTheSpot!.Text + " " + neck.StayOff.Text, English.Text(TextKeys.SpotAsk)], await SayAsync(client, "my thumb I guess"));
        Assert.Equal([English.Text(TextKeys.LengthAsk)], await SayAsync(client, "yeah found it"));
        var ready = await SayAsync(client, "45");
        Assert.Empty(_timers.Pending);

        var started = await SayAsync(client, "ok go");

        Assert.Equal([neck.Tools["thumb"].Release!.Text + "\n\n" + English.Text(TextKeys.ReleasePressure), English.Text(TextKeys.ReadyAsk)], ready);
        Assert.Equal([English.Text(TextKeys.ReleaseStart, new { seconds = 45 })], started);
        Assert.Equal(2, _timers.Pending.Count);
    }

    [Fact]
    public async Task Blood_thinners_make_the_pressure_light_and_add_their_own_words_before_the_clock_starts()
    {
        var client = ReleaseClient(Round("neck", "blood-thinners"));
        await SayAsync(client, "hi");
        await SayAsync(client, "thumb");
        await SayAsync(client, "found it");

        var ready = await SayAsync(client, "60 seconds");

        var caution = English.Cautions.Cautions.Single(c => c.Id == "blood-thinners");
        Assert.Contains(English.Text(TextKeys.ReleasePressureLight) + "\n\n" + caution.Instruction.Text, ready[0], StringComparison.Ordinal);
        Assert.DoesNotContain(English.Text(TextKeys.ReleasePressure), ready[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tool_that_does_not_fit_the_area_is_named_with_the_one_used_instead()
    {
        var neck = English.Area("neck");
        var client = ReleaseClient(Round("neck"));
        await SayAsync(client, "hi");

        var replies = await SayAsync(client, "knuckles");

        Assert.StartsWith(neck.Tools["knuckle"].Why!.Text + "\n\n" + neck.Tools["thumb"].FindTheSpot!.Text, replies[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("200")]
    [InlineData("how long will this take?")]
    public async Task A_length_out_of_range_or_a_question_is_asked_again_and_nothing_is_timed(string said)
    {
        var client = ReleaseClient(Round("neck"));
        await SayAsync(client, "hi");
        await SayAsync(client, "thumb");
        await SayAsync(client, "yes");

        var replies = await SayAsync(client, said);

        Assert.Equal([English.Text(TextKeys.LengthRetry)], replies);
        Assert.Empty(_timers.Pending);
    }

    [Fact]
    public async Task Stop_before_the_start_ends_the_release_as_stopped_without_a_hold()
    {
        var client = ReleaseClient(Round("neck"));
        await SayAsync(client, "hi");
        await SayAsync(client, "thumb");
        await SayAsync(client, "yes");
        await SayAsync(client, "30");

        var replies = await SayAsync(client, "stop");

        Assert.Equal([English.Text(TextKeys.ReleaseStopped)], replies);
        Assert.Equal(TimedHoldEnding.Stopped, client.DialogTurnResult!.Result);
        Assert.Empty(_timers.Pending);
    }

    [Fact]
    public async Task Finding_the_spot_shows_where_to_press_on_the_person_s_side_and_where_exactly_shows_it_again()
    {
        var neck = English.Area("neck");
        var round = Round("neck");
        round.Plan.Side = "left";
        var pictures = new PictureLinks(new Uri("https://coach.example/"));
        var teams = new TestAdapter(Channels.Msteams) { Locale = "en-US" };
        teams.Conversation.Conversation.ConversationType = "personal";
        var client = new DialogTestClient(
            teams,
            new ReleaseDialog(Library, new TimedCuesDialog(DialogIds.TimedHold, _timers, new CoachOptions(), TimeProvider.System, MessageUpdates.TeamsOnly), pictures),
            round);
        await SayAsync(client, "hi");

        var spot = await client.SendActivityAsync<IMessageActivity>("thumb");
        client.GetNextReply<IMessageActivity>();
        var again = await client.SendActivityAsync<IMessageActivity>("where exactly?");
        var asked = client.GetNextReply<IMessageActivity>();

        foreach (var shown in new[] { spot, again })
        {
            var image = AdaptiveCard.ContentOf(shown.Attachments.Single())["body"]![0]!;
            Assert.Equal(("https://coach.example/pictures/areas/neck.png?side=left", English.PictureAlt("neck")), ((string?)image["url"], (string?)image["altText"]));
        }

        Assert.Equal(neck.Tools["thumb"].FindTheSpot!.Text, again.Text);
        Assert.Equal(English.Text(TextKeys.SpotAsk), asked.Text);
        Assert.Equal([English.Text(TextKeys.AnswerYes), English.Text(TextKeys.AnswerNo)], asked.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal([English.Text(TextKeys.LengthAsk)], await SayAsync(client, "yes"));
    }

    private static CautionsRound Round(string areaId, params string[] cautionIds) =>
        new() { Plan = new SessionPlan { AreaId = areaId, PainBefore = 5 }, CautionIds = [.. cautionIds] };

    private DialogTestClient ReleaseClient(CautionsRound round) =>
        Client(new ReleaseDialog(Library, new TimedCuesDialog(DialogIds.TimedHold, _timers, new CoachOptions(), TimeProvider.System, MessageUpdates.TeamsOnly)), round);
}
