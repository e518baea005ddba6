using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.CheckIns;

public sealed class EnrolDialogTests
{
    private static readonly DateTimeOffset Evening = new(2027, 3, 8, 1, 30, 0, TimeSpan.Zero);

    private readonly RecordingSchedule _schedule = new();
    private readonly UserState _userState = new(new MemoryStorage());

    [Fact]
    public async Task Yes_then_two_times_then_a_time_zone_starts_the_program_on_the_persons_local_day()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck", PainBefore = 6 });

        Assert.Equal([English.Text(TextKeys.ProgramOffer)], await SayAsync(client, "go on"));
        Assert.Equal([English.Text(TextKeys.ProgramTimesAsk)], await SayAsync(client, "yeah sure"));
        Assert.Equal([English.Text(TextKeys.ProgramZoneAsk)], await SayAsync(client, "8am and 7pm"));
        var started = await SayAsync(client, "America/New_York");

        Assert.Equal([English.Text(TextKeys.ProgramStarted, new { times = English.List(["08:00", "19:00"]), zone = "America/New_York" })], started);
        Assert.Equal(["schedule 08:00,19:00 America/New_York"], _schedule.Calls);
        var program = (await ProfileSetup.SavedAsync(_userState, client)).Program!;
        // 01:30 UTC on 8 March is still the evening of 7 March in New York.
        Assert.Equal("2027-03-07", program.StartDate);
        Assert.Equal(["neck"], program.AreaIds);
        Assert.Equal(6, program.Baseline);
    }

    [Fact]
    public async Task Not_now_declines_and_nothing_is_scheduled()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck" });
        await SayAsync(client, "go on");

        var replies = await SayAsync(client, "not now");

        Assert.Equal([English.Text(TextKeys.ProgramDeclined)], replies);
        Assert.Empty(_schedule.Calls);
        Assert.Null((await ProfileSetup.SavedAsync(_userState, client)).Program);
    }

    [Fact]
    public async Task A_time_that_could_be_morning_or_evening_is_asked_about_again()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck" });
        await SayAsync(client, "go on");
        await SayAsync(client, "yes");

        var replies = await SayAsync(client, "at 7");

        Assert.Equal([English.Text(TextKeys.ProgramTimesAmbiguous, new { morning = "7:00", evening = "7:00" })], replies);
        Assert.Empty(_schedule.Calls);
    }

    [Fact]
    public async Task An_answer_without_a_time_is_asked_again()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck" });
        await SayAsync(client, "go on");
        await SayAsync(client, "yes");

        var replies = await SayAsync(client, "whenever");

        Assert.Equal([English.Text(TextKeys.ProgramTimesRetry)], replies);
        Assert.Empty(_schedule.Calls);
    }

    [Fact]
    public async Task A_time_zone_the_coach_already_knows_is_not_asked_for()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck" });
        client.Adapter.Use(new ProfileSetup(_userState, p => p.TimeZone ??= "Europe/Madrid"));
        await SayAsync(client, "go on");
        await SayAsync(client, "yes");

        var replies = await SayAsync(client, "9:00 and 21:00");

        Assert.Equal([English.Text(TextKeys.ProgramStarted, new { times = English.List(["09:00", "21:00"]), zone = "Europe/Madrid" })], replies);
    }

    [Fact]
    public async Task A_place_that_is_not_a_time_zone_is_asked_again()
    {
        var client = EnrolClient(new SessionPlan { AreaId = "neck" });
        await SayAsync(client, "go on");
        await SayAsync(client, "yes");
        await SayAsync(client, "8am");

        var replies = await SayAsync(client, "Mars/Olympus");

        Assert.Equal([English.Text(TextKeys.ProgramZoneRetry)], replies);
        Assert.Empty(_schedule.Calls);
    }

    private DialogTestClient EnrolClient(SessionPlan plan) =>
        Client(new EnrolDialog(Library, _schedule, _userState, new SettableClock(Evening)), plan, _userState);
}
