using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Routines;
using CoachBot.Testing;
using CoachBot.Waterfall;
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

    private DialogTestClient HoldClient()
    {
        var hold = TimedCuesOptions.Create(English, [new(0, "Press now."), new(30, "Halfway: keep breathing."), new(60, "Ease off.")], TextKeys.ReleaseDone, TextKeys.ReleaseTooMuch);
        hold.DoneText = "Well done.";
        hold.TooMuchText = "Ease the pressure.";
        return Client(new TimedCuesDialog("hold", _timers, new CoachOptions(), _clock), hold);
    }

    private static Task<List<string>> DeliverAsync(DialogTestClient client, Dialogs.Timing.TimerRequest timer) =>
        SendAsync(client, RecordingTimers.Delivery(timer));
}
