using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Tests.Ratings;
using CoachBot.Testing;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.CheckIns;

public sealed class CheckInDialogTests
{
    // Day 3 of a program that started on 7 March in New York: 8:00 there is 13:00 UTC.
    private static readonly DateTimeOffset Day3Morning = new(2027, 3, 9, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day3Evening = new(2027, 3, 10, 0, 0, 0, TimeSpan.Zero);

    private readonly MemoryPainLog _log = new();
    private readonly RecordingSchedule _schedule = new();
    private readonly UserState _userState = new(new MemoryStorage());
    private readonly SettableClock _clock = new(Day3Morning);

    [Fact]
    public async Task A_check_in_asks_in_one_message_stores_the_rating_for_its_day_then_gives_a_tip_and_offers_a_session()
    {
        var client = CheckInClient(Day3Morning);

        var asked = await SayAsync(client, "check-in due");
        await SayAsync(client, "about a 4 I guess");
        await SayAsync(client, "no");
        var advised = await SayAsync(client, "nope");
        var later = await SayAsync(client, "not now");

        Assert.Equal([$"{English.Text(TextKeys.CheckinGreeting, new { day = 3 })} {English.Text(TextKeys.PainBeforeAsk)}"], asked);
        var rating = Assert.Single(_log.Ratings);
        Assert.Equal((4, PainRatingPhases.CheckIn, 3, "2027-03-09"), (rating.Rating, rating.Phase, rating.ProgramDay, rating.LocalDate));
        Assert.Equal([English.Tips[4].Text, English.Text(TextKeys.CheckinSessionAsk, new { area = "neck" })], advised);
        Assert.Equal([English.Text(TextKeys.CheckinSessionLater)], later);
        Assert.Empty(_schedule.Calls);
    }

    [Fact]
    public async Task The_evening_check_in_gives_another_tip_than_the_morning_one()
    {
        var morning = await TipAsync(Day3Morning);
        var evening = await TipAsync(Day3Evening);

        Assert.NotEqual(morning, evening);
    }

    [Fact]
    public async Task New_numbness_stops_the_program_with_the_advice_and_stops_the_check_ins()
    {
        var client = CheckInClient(Day3Morning);
        await SayAsync(client, "check-in due");
        await SayAsync(client, "5");

        var replies = await SayAsync(client, "yes, my fingers went numb");

        Assert.Equal([English.Text(TextKeys.CheckinStopNewSymptoms)], replies);
        Assert.Equal(["stop"], _schedule.Calls);
        Assert.False((await ProfileSetup.SavedAsync(_userState, client)).Program!.Active);
    }

    [Fact]
    public async Task Pain_much_worse_than_at_the_start_stops_the_program()
    {
        var client = CheckInClient(Day3Morning);
        await SayAsync(client, "check-in due");
        await SayAsync(client, "9");
        await SayAsync(client, "no");

        var replies = await SayAsync(client, "no");

        Assert.Equal([English.Text(TextKeys.CheckinStopMuchWorse, new { rating = 9, baseline = 5 })], replies);
        Assert.Equal(["stop"], _schedule.Calls);
    }

    [Fact]
    public async Task A_check_in_after_the_fourteenth_day_ends_the_program_without_a_question()
    {
        _clock.Set(Day3Morning.AddDays(12));
        var client = CheckInClient(Day3Morning.AddDays(12));

        var replies = await SayAsync(client, "check-in due");

        Assert.Empty(replies);
        Assert.Equal(["stop"], _schedule.Calls);
        Assert.Empty(_log.Ratings);
    }

    private async Task<string> TipAsync(DateTimeOffset due)
    {
        _clock.Set(due);
        var client = CheckInClient(due);
        await SayAsync(client, "check-in due");
        await SayAsync(client, "4");
        await SayAsync(client, "no");
        return (await SayAsync(client, "no"))[0];
    }

    private DialogTestClient CheckInClient(DateTimeOffset due)
    {
        var dialog = new CheckInDialog(Library, _userState, new RatingRecorder(_log, _clock), _log, _schedule, _clock);
        var client = Client(dialog, new CheckInStart { DueAt = due }, _userState);
        client.Adapter.Use(new ProfileSetup(_userState, p =>
        {
            p.ConsentToStoreRatings = true;
            p.TimeZone = "America/New_York";
            p.Program ??= new ProgramState { Active = true, StartDate = "2027-03-07", Times = ["08:00", "19:00"], AreaIds = ["neck"], Baseline = 5 };
        }));
        return client;
    }
}
