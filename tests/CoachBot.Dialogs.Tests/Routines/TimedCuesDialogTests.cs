using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Routines;
using CoachBot.Testing;
using CoachBot.Dialogs.Timing;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Connector;
using Newtonsoft.Json.Linq;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Routines;

public sealed class TimedCuesDialogTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 7, 20, 0, 0, TimeSpan.Zero);

    private readonly RecordingTimers _timers = new();
    private readonly SettableClock _clock = new(Start);

    [Fact]
    public async Task The_first_cue_is_said_at_once_and_the_others_are_scheduled_at_their_seconds()
    {
        var client = HoldClient();

        var replies = await SayAsync(client, "ready");

        Assert.Equal(["Press now."], replies);
        Assert.Equal([Start.AddSeconds(30), Start.AddSeconds(60)], _timers.Pending.Select(t => t.DueAt));
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Each_timer_says_its_cue_and_the_last_one_ends_the_hold_as_completed()
    {
        var client = HoldClient();
        await SayAsync(client, "ready");
        var (half, end) = (_timers.Pending[0], _timers.Pending[1]);

        _clock.Set(half.DueAt);
        Assert.Equal(["Halfway: keep breathing."], await DeliverAsync(client, half));
        _clock.Set(end.DueAt);
        Assert.Equal(["Ease off."], await DeliverAsync(client, end));

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(TimedHoldEnding.Completed, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task A_timer_delivered_twice_says_its_cue_once()
    {
        var client = HoldClient();
        await SayAsync(client, "ready");
        var half = _timers.Pending[0];
        _clock.Set(half.DueAt);

        await DeliverAsync(client, half);
        var again = await DeliverAsync(client, half);

        Assert.Empty(again);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData("done", TimedHoldEnding.Done)]
    [InlineData("stop", TimedHoldEnding.Stopped)]
    public async Task Done_or_stop_cancels_the_remaining_cues_and_ends_the_hold(string said, string ending)
    {
        var client = HoldClient();
        await SayAsync(client, "ready");

        var replies = await SayAsync(client, said);

        Assert.Equal([ending == TimedHoldEnding.Done ? "Well done." : English.Text(TextKeys.ReleaseStopped)], replies);
        Assert.Empty(_timers.Pending);
        Assert.Equal(ending, client.DialogTurnResult!.Result);
    }

    [Theory]
    [InlineData("ouch", "Ease the pressure.")]
    [InlineData("how long will this take?", null)]
    [InlineData("👍", null)]
    public async Task Anything_else_while_the_hold_runs_gets_an_answer_and_the_hold_goes_on(string said, string? expected)
    {
        var client = HoldClient();
        await SayAsync(client, "ready");

        var replies = await SayAsync(client, said);

        Assert.Equal([expected ?? English.Text(TextKeys.ReleaseWaiting)], replies);
        Assert.Equal(2, _timers.Pending.Count);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Cues_that_arrive_long_after_their_time_are_replaced_by_one_welcome_back()
    {
        var client = HoldClient();
        await SayAsync(client, "ready");
        var half = _timers.Pending[0];

        _clock.Set(half.DueAt.AddMinutes(10));
        var replies = await DeliverAsync(client, half);

        Assert.Equal([English.Text(TextKeys.ReleaseWelcomeBack)], replies);
        Assert.Empty(_timers.Pending);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task In_Teams_the_hold_is_one_card_redrawn_at_each_cue_with_the_time_to_go()
    {
        var (client, adapter) = TeamsHoldClient();

        var first = await client.SendActivityAsync<IMessageActivity>("ready");
        // In Teams the cue's words are on the card, and in the summary a notification shows.
        Assert.Equal((null, "Press now."), (first.Text, first.Summary));
        Assert.Equal(["Pressure release: Neck", "Press now.", English.Text(TextKeys.TimerLeft, new { seconds = 60 })], CardTexts(first));
        Assert.Equal([("Done", "Done"), ("Too much", "Too much")], AdaptiveCard.Buttons(Card(first)));
        var (half, end) = (_timers.Pending[0], _timers.Pending[1]);

        _clock.Set(half.DueAt);
        Assert.Empty(await DeliverAsync(client, half));
        _clock.Set(end.DueAt);
        Assert.Empty(await DeliverAsync(client, end));

        Assert.Equal([first.Id, first.Id], adapter.Updates.Select(u => u.Id));
        Assert.Equal(["Halfway: keep breathing.", "Ease off."], adapter.Updates.Select(u => CardTexts(u)[1]));
        Assert.Equal(English.Text(TextKeys.TimerLeft, new { seconds = 30 }), CardTexts(adapter.Updates[0])[2]);
        Assert.Equal(English.Text(TextKeys.TimerFinished), CardTexts(adapter.Updates[1])[2]);
        Assert.Empty(AdaptiveCard.Buttons(Card(adapter.Updates[1])));
        Assert.Equal(TimedHoldEnding.Completed, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task Tapping_done_on_the_card_ends_the_hold_and_takes_the_buttons_off_the_card()
    {
        var (client, adapter) = TeamsHoldClient();
        var card = await client.SendActivityAsync<IMessageActivity>("ready");

        var replies = await SayAsync(client, AdaptiveCard.Buttons(Card(card))[0].Answer);

        Assert.Equal(["Well done."], replies);
        var ended = Assert.Single(adapter.Updates);
        Assert.Equal((card.Id, English.Text(TextKeys.TimerFinished)), (ended.Id, CardTexts(ended)[2]));
        Assert.Empty(AdaptiveCard.Buttons(Card(ended)));
        Assert.Empty(_timers.Pending);
    }

    [Fact]
    public async Task Where_an_update_is_refused_the_cue_comes_as_a_new_card_and_none_is_lost()
    {
        var (client, adapter) = TeamsHoldClient();
        adapter.RefusesUpdates = true;
        await SayAsync(client, "ready");
        var half = _timers.Pending[0];
        _clock.Set(half.DueAt);

        var again = await client.SendActivityAsync<IMessageActivity>(RecordingTimers.Delivery(half));

        Assert.Equal("Halfway: keep breathing.", CardTexts(again)[1]);
        Assert.Null(client.GetNextReply<IMessageActivity>());
    }

    [Fact]
    public async Task Outside_Teams_each_cue_is_its_own_message_without_a_card()
    {
        var client = HoldClient();

        var first = await client.SendActivityAsync<IMessageActivity>("ready");

        Assert.Equal("Press now.", first.Text);
        Assert.Empty(first.Attachments ?? []);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void The_card_s_buttons_are_read_as_done_and_too_much_in_each_language(string language)
    {
        var content = Library.For(language);

        Assert.Equal(TimedHoldEnding.Done, HoldReply.Classify(content.Text(TextKeys.TimerDone), content.Patterns.HoldReplies));
        Assert.Equal("too-much", HoldReply.Classify(content.Text(TextKeys.TimerTooMuch), content.Patterns.HoldReplies));
    }

    private DialogTestClient HoldClient()
    {
        var hold = TimedCuesOptions.Create(English, [new(0, "Press now."), new(30, "Halfway: keep breathing."), new(60, "Ease off.")], TextKeys.ReleaseDone, TextKeys.ReleaseTooMuch, "Pressure release: Neck");
        hold.DoneText = "Well done.";
        hold.TooMuchText = "Ease the pressure.";
        return Client(new TimedCuesDialog("hold", _timers, new CoachOptions(), _clock, MessageUpdates.TeamsOnly), hold);
    }

    private (DialogTestClient Client, UpdatingTestAdapter Adapter) TeamsHoldClient()
    {
        var adapter = new UpdatingTestAdapter(Channels.Msteams) { Locale = "en-US" };
        var hold = TimedCuesOptions.Create(English, [new(0, "Press now."), new(30, "Halfway: keep breathing."), new(60, "Ease off.")], TextKeys.ReleaseDone, TextKeys.ReleaseTooMuch, "Pressure release: Neck");
        hold.DoneText = "Well done.";
        return (new DialogTestClient(adapter, new TimedCuesDialog("hold", _timers, new CoachOptions(), _clock, MessageUpdates.TeamsOnly), hold), adapter);
    }

    private static JObject Card(IActivity activity) => AdaptiveCard.ContentOf(((IMessageActivity)activity).Attachments.Single());

    private static List<string> CardTexts(IActivity activity) =>
        [.. Card(activity)["body"]!.Where(e => (string?)e["type"] == "TextBlock").Select(e => (string)e["text"]!)];

    private static Task<List<string>> DeliverAsync(DialogTestClient client, Dialogs.Timing.TimerRequest timer) =>
        SendAsync(client, RecordingTimers.Delivery(timer));
}
