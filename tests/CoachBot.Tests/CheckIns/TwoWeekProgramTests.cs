using CoachBot.CheckIns;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using CoachBot.Tests.Progress;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.CheckIns;

/// <summary>
/// The two-week program through the real host, dialogs, scheduler and Azure Tables, with a clock
/// the test sets: 28 check-ins at 08:00 and 19:00 New York time across the 2027-03-14 change to
/// daylight-saving time.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoWeekProgramTests(AzuriteFixture azurite)
{
    // Sunday 2027-03-07, 07:00 in New York (UTC-5); clocks go forward on 2027-03-14.
    private static readonly DateTimeOffset Start = new(2027, 3, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    // The background poll is slowed right down: this test fires check-ins itself, one at a time.
    private static readonly Dictionary<string, string?> Settings = new() { ["CheckIns:PollInterval"] = "01:00:00" };

    [Fact]
    public async Task An_improving_program_sends_28_check_ins_at_local_times_reviews_twice_and_calls_the_change_meaningful()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;

        var sent = await RunProgramAsync(host, chat, clock, check => Math.Max(1, 6 - ((check - 1) / 6)));

        Assert.Equal(28, sent.Count);
        Assert.All(sent, at => Assert.Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, NewYork).DateTime), new[] { new TimeOnly(8, 0), new TimeOnly(19, 0) }));
        Assert.Equal(new DateTimeOffset(2027, 3, 13, 13, 0, 0, TimeSpan.Zero), sent[12]);
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 12, 0, 0, TimeSpan.Zero), sent[14]);
        Assert.Equal(new DateTimeOffset(2027, 3, 20, 23, 0, 0, TimeSpan.Zero), sent[27]);

        var ratings = (await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, default)).Where(r => r.Phase == PainRatingPhases.CheckIn).ToList();
        Assert.Equal(28, ratings.Count);
        Assert.Equal(Enumerable.Range(1, 14).SelectMany(d => new[] { d, d }), ratings.Select(r => r.ProgramDay));
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReviewWeek), StringComparison.Ordinal));
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReviewFinalMeaningful), StringComparison.Ordinal) && t.Contains(Fragment(TextKeys.ReviewFinalMeaningful, ^1), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task A_flat_program_ends_with_honest_advice_to_see_a_licensed_therapist()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;

        await RunProgramAsync(host, chat, clock, _ => 5);

        // Every final review opens alike; its last part is the verdict, here less than meaningful, and the advice.
        var final = Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReviewFinalNotMeaningful), StringComparison.Ordinal));
        Assert.Contains(Fragment(TextKeys.ReviewFinalNotMeaningful, ^1), final, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rating_of_8_above_the_persons_own_baseline_stops_the_program_as_much_worse_than_usual()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "3");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("8", "no");
        var replies = await chat.SendAsync("no");

        Assert.Contains(replies, t => t.Contains(English.Text(TextKeys.CheckinStopMuchWorse, new { rating = 8, baseline = 3 }), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task Pain_2_points_above_baseline_at_two_check_ins_a_day_apart_stops_the_program()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "3");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("5", "no", "no", "no");
        await FireNextAsync(host, chat, clock);
        var early = await chat.AnswerAsync("4", "no", "no");
        await chat.SendAsync("no");
        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("6", "no");
        var replies = await chat.SendAsync("no");

        Assert.DoesNotContain(early, t => t.Contains(Opening(TextKeys.CheckinStopSpike), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(English.Text(TextKeys.CheckinStopSpike, new { baseline = 3 }), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task Pain_spreading_to_a_new_place_stops_the_program_with_advice()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("5", "no");
        var replies = await chat.SendAsync("yes");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.CheckinStopNewSymptoms), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task A_check_in_can_lead_into_the_days_session_and_its_ratings_carry_the_program_day()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("5", "no", "no");
        var session = await chat.SendAsync("yes");
        await chat.AnswerAsync("thumb", "yes");
        await chat.AnswerAsync("30 seconds", "start");
        await chat.SendAsync("stop");
        await chat.SendAsync("4");

        Assert.Contains(session, t => t.Contains(Opening(TextKeys.ToolAsk), StringComparison.Ordinal));
        var ratings = await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, default);
        Assert.Contains(ratings, r => r.Phase == PainRatingPhases.After && r.ProgramDay == 1 && r.Rating == 4);
    }

    [Fact]
    public async Task A_session_from_a_check_in_pairs_its_after_with_the_check_ins_rating_in_show_my_progress()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("5", "no", "no", "yes", "thumb", "yes", "30 seconds", "start", "stop", "3");
        var progress = await chat.SendAsync("show my progress");

        var ratings = await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, default);
        var checkIn = Assert.Single(ratings, r => r.Phase == PainRatingPhases.CheckIn);
        Assert.Contains(ratings, r => r.Phase == PainRatingPhases.After && r.SessionId == checkIn.SessionId && r.Rating == 3);

        // Sessions 6 → 4 (the first) and 5 → 3 (from the check-in): never "6 before" against two afters.
        Assert.Contains(progress, t => t.Contains($"{ProgressSentences.SoFar(sessions: 2, days: 1)} {ProgressSentences.Averages("5.5/10", "3.5/10")}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nine_days_in_show_my_progress_draws_every_check_in_on_its_day_and_says_the_programs_numbers()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;
        string[] answers = ["6", "about a 6", "6/10", "5", "maybe 6", "5 I guess", "5", "five", "5", "4 or 5", "4", "4", "4", "3", "4", "4"];

        for (var check = 0; check < answers.Length; check++)
        {
            await FireNextAsync(host, chat, clock);
            await chat.AnswerAsync(answers[check], "nope", "no");
            var later = await chat.SendAsync("not now");
            Assert.DoesNotContain(later, t => t.Contains(Opening(TextKeys.CheckinSessionAsk), StringComparison.Ordinal));
        }

        var summary = string.Join("\n", await chat.SendAsync("show my progress"));
        var message = host.Channel.Received.Last(a => (string?)a["conversation"]?["id"] == chat.ConversationId && a["attachments"] is JArray { Count: > 0 });
        File.WriteAllLines(TestArtifacts.PathFor("nine-day-program.txt"), chat.Transcript);
        var png = Convert.FromBase64String(((string)message["attachments"]![0]!["contentUrl"]!)["data:image/png;base64,".Length..]);
        File.WriteAllBytes(TestArtifacts.PathFor("nine-day-program.png"), png);

        var ratings = await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, default);
        var period = ProgramPeriod.Latest(ratings)!;
        var points = CoachBot.Progress.ProgramChart.CheckIns(ratings, period);
        Assert.Equal(new DateOnly(2027, 3, 7), period.Start);
        Assert.Equal(16, points.Count);
        Assert.All(Enumerable.Range(1, 8), day => Assert.Equal(2, points.Count(p => p.X >= day - 1 && p.X < day)));
        Assert.Equal(CoachBot.Progress.ProgressChart.Render(ratings, SessionScript.English), png);
        Assert.Contains(English.Text(TextKeys.ProgressUsualPainInProgram), summary, StringComparison.Ordinal);
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReviewWeek), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_day_7_review_and_show_my_progress_give_the_same_averages_for_the_same_ratings()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;
        int[] checkIns = [6, 5, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4, 3, 4];

        await RunProgramAsync(host, chat, clock, check => checkIns[check - 1], checks: checkIns.Length);
        var progress = string.Join("\n", await chat.SendAsync("show my progress"));

        // Days 1-3: (6 + 6 + 5) / 3, 6, 5.5 → 5.7; days 5-7: 4, 4, 3.5 → 3.8. Each day counts once.
        var review = Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ReviewWeek), StringComparison.Ordinal));
        Assert.Contains(English.Text(TextKeys.ReviewWeek, new { first = "5.7", last = "3.8", days = 3 }), review, StringComparison.Ordinal);
        Assert.Contains(English.Text(TextKeys.ReviewMeaningful, new { percent = 33 }), review, StringComparison.Ordinal);
        Assert.Contains(ProgressSentences.Trend(TextKeys.ProgressImproving, last: "3.8/10", first: "5.7/10", window: 3, percent: 33, inProgram: true), progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_today_moves_the_next_check_in_to_tomorrow_morning()
    {
        var (host, chat, _) = await EnrolAsync(baseline: "5");
        await using var __ = host;

        var replies = await chat.SendAsync("skip today");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ProgramSkipped), StringComparison.Ordinal));
        var next = Assert.Single(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
        Assert.Equal(new DateTimeOffset(2027, 3, 8, 13, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task Changing_the_times_keeps_the_program_and_moves_the_schedule()
    {
        var (host, chat, _) = await EnrolAsync(baseline: "5");
        await using var __ = host;

        var ask = await chat.SendAsync("change check-in times");
        var changed = await chat.SendAsync("9am");

        Assert.Contains(ask, t => t.Contains(Opening(TextKeys.ProgramTimesAsk), StringComparison.Ordinal));
        Assert.Contains(changed, t => t.Contains(English.Text(TextKeys.ProgramTimesChanged, new { times = "09:00", zone = "America/New_York" }), StringComparison.Ordinal));
        var next = Assert.Single(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
        Assert.Equal(new DateTimeOffset(2027, 3, 7, 14, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task Stop_check_ins_removes_the_schedule()
    {
        var (host, chat, _) = await EnrolAsync(baseline: "5");
        await using var __ = host;

        var replies = await chat.SendAsync("stop check-ins");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ProgramStopped), StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task A_check_in_session_on_an_area_not_yet_screened_asks_that_area_s_own_red_flag_questions()
    {
        var clock = new SettableClock(Start);
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("pg"), Settings, time: clock);
        var chat = host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "my neck and lower back", "left", "2 weeks", "5");
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "yes", "8am and 7pm");

        await FireNextAsync(host, chat, clock);
        var offer = await chat.AnswerAsync("5", "no", "no");
        var session = await chat.SendAsync("yes");

        Assert.Contains(offer, t => t.Contains(English.Text(TextKeys.CheckinSessionAsk, new { area = English.Area("lower-back").Label.ToLowerInvariant() }), StringComparison.Ordinal));
        Assert.Contains(session, t => t.Contains(Questions("lower-back").First(q => !q.Id.StartsWith("general-", StringComparison.Ordinal)).Question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_check_in_during_a_safety_hold_asks_first_whether_the_person_has_been_checked()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;
        await chat.SendAsync("I have crushing pain in my chest");
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        clock.Set((await store.ListForAsync(chat.UserKey, default)).Single().DueAt);

        await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);
        var asked = await chat.WaitForAsync(Opening(TextKeys.HoldAsk));

        Assert.Contains(Opening(TextKeys.HoldEmergency), asked, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Transcript, t => t.Contains(Opening(TextKeys.CheckinGreeting), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_channel_that_says_429_gets_the_check_in_again_after_Retry_After()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        var due = (await store.ListForAsync(chat.UserKey, default)).Single().DueAt;
        host.Channel.Refuse = _ => 429;
        clock.Set(due);

        var throttled = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);
        host.Channel.Refuse = _ => null;
        var pending = await store.ListForAsync(chat.UserKey, default);
        clock.Set(due.AddSeconds(2));
        var retried = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);

        Assert.Equal(1, throttled.Retried);
        Assert.Contains(pending, c => c.IsRetry && c.DueAt == due.AddSeconds(2));
        Assert.Equal(1, retried.Sent);
        var checkIn = await chat.WaitForAsync(English.Text(TextKeys.CheckinGreeting, new { day = 1 }));

        // Greeting and question are one message, so the throttled attempt left nothing half-sent.
        Assert.Contains(Opening(TextKeys.PainBeforeAsk), checkIn, StringComparison.Ordinal);
        Assert.Single(chat.Transcript, t => t.Contains(English.Text(TextKeys.CheckinGreeting, new { day = 1 }), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_channel_that_throttles_the_second_call_of_a_check_in_never_greets_twice()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        var dispatcher = host.Services.GetRequiredService<CheckInDispatcher>();
        var due = (await store.ListForAsync(chat.UserKey, default)).Single().DueAt;
        var calls = 0;
        host.Channel.Refuse = _ => Interlocked.Increment(ref calls) == 2 ? 429 : null;

        clock.Set(due);
        await dispatcher.FireDueAsync(default);
        clock.Set(due.AddSeconds(5));
        await dispatcher.FireDueAsync(default);
        await chat.WaitForAsync(Opening(TextKeys.PainBeforeAsk));

        Assert.Single(chat.Transcript, t => t.Contains(English.Text(TextKeys.CheckinGreeting, new { day = 1 }), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task A_person_who_blocked_or_removed_the_bot_has_their_schedule_stopped(int status)
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "5");
        await using var _ = host;
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        clock.Set((await store.ListForAsync(chat.UserKey, default)).Single().DueAt);
        host.Channel.Refuse = _ => status;

        var round = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);

        Assert.Equal(1, round.Stopped);
        Assert.Empty(await store.ListForAsync(chat.UserKey, default));
    }

    [Fact]
    public async Task Without_a_time_zone_from_the_channel_the_coach_asks_for_one()
    {
        var clock = new SettableClock(Start);
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("tz"), Settings, time: clock);
        var chat = host.NewConversation();
        chat.TimeZone = null;
        await StartAsync(chat, area: "forearm", pain: "5");
        await PassScreenAsync(chat, "forearm");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "yes");

        var asked = await chat.SendAsync("every evening at 7");
        var wrong = await chat.SendAsync("Narnia");
        var started = await chat.SendAsync("Europe/Berlin");

        Assert.Contains(asked, t => t.Contains(Opening(TextKeys.ProgramZoneAsk), StringComparison.Ordinal));
        Assert.Contains(wrong, t => t.Contains(Opening(TextKeys.ProgramZoneRetry), StringComparison.Ordinal));
        Assert.Contains(started, t => t.Contains(English.Text(TextKeys.ProgramStarted, new { times = "19:00", zone = "Europe/Berlin" }), StringComparison.Ordinal));
        var next = (await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default)).Single();
        Assert.Equal(new DateTimeOffset(2027, 3, 7, 18, 0, 0, TimeSpan.Zero), next.DueAt);
    }

    [Fact]
    public async Task Two_check_ins_left_unanswered_are_both_sent_and_the_answer_counts_for_the_open_one()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;

        await FireNextAsync(host, chat, clock);
        await FireNextAsync(host, chat, clock);
        var third = await FireNextAsync(host, chat, clock);
        await chat.AnswerAsync("5", "no", "no");

        Assert.Equal(3, chat.Transcript.Count(t => t.StartsWith(Opening(TextKeys.CheckinGreeting), StringComparison.Ordinal)));
        Assert.Contains(chat.Transcript, t => t.StartsWith(English.Text(TextKeys.CheckinGreeting, new { day = 2 }), StringComparison.Ordinal));
        var rating = Assert.Single(await host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, default), r => r.Phase == PainRatingPhases.CheckIn);
        Assert.Equal(2, rating.ProgramDay);
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(third, NewYork).DateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rating.LocalDate);
    }

    [Fact]
    public async Task The_morning_and_evening_check_ins_of_a_day_give_different_tips()
    {
        var (host, chat, clock) = await EnrolAsync(baseline: "6");
        await using var _ = host;

        var tips = new List<string>();
        for (var check = 0; check < 4; check++)
        {
            await FireNextAsync(host, chat, clock);
            tips.AddRange((await chat.AnswerAsync("5", "no", "no")).Where(t => English.Tips.Any(tip => tip.Text == t)));
            await chat.SendAsync("no");
        }

        Assert.Equal(4, tips.Count);
        Assert.Equal(4, tips.Distinct().Count());
    }

    [Fact]
    public async Task A_check_in_due_during_a_running_release_waits_and_comes_again_later()
    {
        // Real time, so the 90-second hold is surely still running when the check-in is due.
        var (host, chat, clock) = await EnrolAsync(baseline: "6", timeScale: "1");
        await using var _ = host;
        await chat.AnswerAsync("hi", "neck", "left", "2 weeks", "6");
        await PassScreenAsync(chat, "neck");
        await chat.AnswerAsync("no", "thumb", "yes", "90 seconds", "start");
        var store = host.Services.GetRequiredService<TableCheckInStore>();
        var due = (await store.ListForAsync(chat.UserKey, default)).Single().DueAt;

        clock.Set(due);
        var round = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);
        var retry = (await store.ListForAsync(chat.UserKey, default)).Min(c => c.DueAt);

        Assert.Equal(1, round.Sent);
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Opening(TextKeys.CheckinGreeting), StringComparison.Ordinal));
        Assert.Equal(due.AddMinutes(5), retry);
    }

    private async Task<(CoachHost Host, CoachConversation Chat, SettableClock Clock)> EnrolAsync(string baseline, string timeScale = "0.01")
    {
        var clock = new SettableClock(Start);
        var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("pg"), new Dictionary<string, string?>(Settings) { ["Coach:TimeScale"] = timeScale }, time: clock);
        var chat = host.NewConversation();
        await StartAsync(chat, area: "neck", pain: baseline);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no");
        await chat.SendAsync("yes");
        var started = await chat.SendAsync("8am and 7pm");
        Assert.Contains(started, t => t.Contains(English.Text(TextKeys.ProgramStarted, new { times = English.List(["08:00", "19:00"]), zone = "America/New_York" }), StringComparison.Ordinal));
        return (host, chat, clock);
    }

    private static async Task<DateTimeOffset> FireNextAsync(CoachHost host, CoachConversation chat, SettableClock clock)
    {
        var next = (await host.Services.GetRequiredService<TableCheckInStore>().ListForAsync(chat.UserKey, default)).Single().DueAt;
        clock.Set(next);
        var round = await host.Services.GetRequiredService<CheckInDispatcher>().FireDueAsync(default);
        Assert.Equal(1, round.Sent);
        await chat.WaitForAsync(Opening(TextKeys.PainBeforeAsk));
        return next;
    }

    private static async Task<List<DateTimeOffset>> RunProgramAsync(CoachHost host, CoachConversation chat, SettableClock clock, Func<int, int> ratingOf, int checks = 28)
    {
        var sent = new List<DateTimeOffset>();
        for (var check = 1; check <= checks; check++)
        {
            sent.Add(await FireNextAsync(host, chat, clock));
            await chat.AnswerAsync(ratingOf(check).ToString(System.Globalization.CultureInfo.InvariantCulture), "no");
            var replies = await chat.SendAsync("no");
            if (check < 28)
            {
                Assert.Contains(replies, t => t.Contains(Opening(TextKeys.CheckinSessionAsk), StringComparison.Ordinal));
                await chat.SendAsync("no");
            }
        }

        return sent;
    }
}
