using CoachBot.Dialogs.Timing;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Routines;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using CoachBot.Waterfall;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Routines;

public sealed class StretchDialogTests
{
    private readonly RecordingTimers _timers = new();

    [Fact]
    public async Task The_stretch_starts_with_its_own_words_and_times_every_hold_rest_and_the_end()
    {
        var stretch = English.Area("neck").Stretch;
        var client = StretchClient(new SessionPlan { AreaId = "neck" });

        var replies = await SayAsync(client, "ok");

        Assert.Single(replies);
        Assert.StartsWith(English.Text(TextKeys.StretchIntro, new { stretch = stretch.Text }), replies[0], StringComparison.Ordinal);
        // Each hold but the first, a rest after each hold but the last, and the end.
        Assert.Equal((stretch.Repetitions - 1) * 2 + 1, _timers.Pending.Count);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task An_older_adult_holds_longer_and_is_told_why()
    {
        var stretch = English.Area("neck").Stretch;
        Assert.True(stretch.LongerForOlderAdults);
        var seconds = Math.Max(stretch.HoldSeconds, English.Routine.Age.OlderStretchHoldSeconds);

        var client = StretchClient(new SessionPlan { AreaId = "neck", OlderAdult = true });
        var replies = await SayAsync(client, "ok");

        Assert.Contains(English.Text(TextKeys.StretchOlder, new { seconds }), replies[0], StringComparison.Ordinal);
        Assert.Contains(English.Text(TextKeys.StretchHold, new { number = 1, count = stretch.Repetitions, seconds }), replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_much_during_the_stretch_gets_the_stretch_advice_and_done_ends_it()
    {
        var client = StretchClient(new SessionPlan { AreaId = "neck" });
        await SayAsync(client, "ok");

        Assert.Equal([English.Text(TextKeys.StretchTooMuch)], await SayAsync(client, "too much"));
        Assert.Equal([English.Text(TextKeys.StretchEnd)], await SayAsync(client, "done"));
        Assert.Equal(TimedHoldEnding.Done, client.DialogTurnResult!.Result);
        Assert.Empty(_timers.Pending);
    }

    private DialogTestClient StretchClient(SessionPlan plan) =>
        Client(new StretchDialog(Library, new TimedCuesDialog(DialogIds.TimedHold, _timers, new CoachOptions(), TimeProvider.System, MessageUpdates.TeamsOnly)), plan);
}
