using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Progress;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;
using static CoachBot.Tests.Progress.ProgressSentences;

namespace CoachBot.Tests.Progress;

public sealed class ProgressSummaryTests
{
    [Fact]
    public void Pain_dropping_by_more_than_30_percent_is_called_progress_but_not_promised_to_last()
    {
        var ratings = Ratings.Daily(before: [7, 7, 6, 5, 4, 3, 3], after: [5, 5, 4, 3, 2, 2, 2]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.Improving, summary.Trend);
        // The whole sentence: the numbers, and the verdict that this looks like real progress.
        Assert.Contains(Trend(TextKeys.ProgressImproving, last: "3.3/10", first: "6.7/10", window: 3, percent: 51), summary.Text);
        Assert.DoesNotContain("cure", summary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith(SessionScript.English.Text(TextKeys.ProgressDisclaimer), summary.Text);
    }

    [Fact]
    public void A_small_change_is_named_as_less_than_meaningful_and_points_to_a_therapist_if_it_stays()
    {
        var ratings = Ratings.Daily(before: [6, 6, 6, 6, 5, 5, 6], after: [4, 4, 4, 4, 4, 4, 4]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.Flat, summary.Trend);
        // The verdict after the numbers: less than meaningful, and a licensed therapist if it stays.
        Assert.Contains(Fragment(TextKeys.ProgressFlat, ^1), summary.Text);
        Assert.DoesNotContain(Fragment(TextKeys.ProgressImproving, ^1), summary.Text);
    }

    [Fact]
    public void Pain_rising_by_30_percent_or_more_advises_stopping_to_push_and_getting_advice()
    {
        var ratings = Ratings.Daily(before: [3, 3, 3, 4, 5, 5, 5], after: [2, 2, 2, 3, 4, 4, 4]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.Worse, summary.Trend);
        // The whole sentence: the numbers, not to push through it, and advice from a doctor or a licensed therapist.
        Assert.Contains(Trend(TextKeys.ProgressWorse, last: "5/10", first: "3/10", window: 3, percent: 67), summary.Text);
    }

    [Fact]
    public void The_relief_right_after_a_session_alone_does_not_count_as_the_usual_pain_improving()
    {
        // Before-session pain stays at 6 while after-session ratings fall: the usual pain has not changed.
        var ratings = Ratings.Daily(before: [6, 6, 6, 6, 6, 6], after: [5, 5, 5, 1, 1, 1]);

        Assert.Equal(ProgressTrend.Flat, ProgressSummary.From(ratings, SessionScript.English).Trend);
    }

    [Fact]
    public void Check_in_ratings_count_toward_the_usual_pain()
    {
        var ratings = Enumerable.Range(0, 6)
            .Select(day => Ratings.Rating("u", day, day < 3 ? 8 : 4, PainRatingPhases.CheckIn))
            .ToList();

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.Improving, summary.Trend);
        Assert.Equal(0, summary.Sessions);
    }

    [Fact]
    public void It_counts_sessions_and_days_and_gives_the_average_before_and_after()
    {
        var ratings = Ratings.Daily(before: [6, 5, 7], after: [3, 3, 3]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.StartsWith($"{SoFar(sessions: 3, days: 3)} {Averages("6/10", "3/10")}", summary.Text);
    }

    [Fact]
    public void Fewer_than_four_days_makes_no_trend_claim_and_says_when_there_will_be_one()
    {
        var ratings = Ratings.Daily(before: [8, 8, 2], after: [6, 6, 1]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.NotEnoughData, summary.Trend);
        Assert.Contains(English.Text(TextKeys.ProgressNotEnoughDays, new { days = 4 }), summary.Text);
        Assert.DoesNotContain(Fragment(TextKeys.ProgressImproving, ^1), summary.Text);
    }

    [Fact]
    public void No_ratings_yet_says_so_instead_of_showing_zeros()
    {
        var summary = ProgressSummary.From([], SessionScript.English);

        Assert.StartsWith(Opening(TextKeys.ProgressNoRatings), summary.Text);
        Assert.DoesNotContain("0/10", summary.Text);
    }

    [Fact]
    public void Two_sessions_on_one_day_count_as_two_sessions_on_one_day()
    {
        var ratings = new List<PainRating>
        {
            Ratings.Rating("u", 0, 6, PainRatingPhases.Before) with { SessionId = "morning" },
            Ratings.Rating("u", 0, 4, PainRatingPhases.After) with { SessionId = "morning" },
            Ratings.Rating("u", 0, 5, PainRatingPhases.Before) with { SessionId = "evening" },
        };

        Assert.StartsWith(SoFar(sessions: 2, days: 1), ProgressSummary.From(ratings, SessionScript.English).Text);
    }

    [Fact]
    public void Before_and_after_are_averaged_over_sessions_that_have_both()
    {
        var ratings = new List<PainRating>
        {
            Ratings.Rating("u", 0, 6, PainRatingPhases.CheckIn) with { SessionId = "from-check-in" },
            Ratings.Rating("u", 0, 4, PainRatingPhases.After) with { SessionId = "from-check-in" },
            Ratings.Rating("u", 1, 5, PainRatingPhases.Before) with { SessionId = "own" },
            Ratings.Rating("u", 1, 3, PainRatingPhases.After) with { SessionId = "own" },
            Ratings.Rating("u", 2, 9, PainRatingPhases.Before) with { SessionId = "stopped-early" },
        };

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(5.5, summary.AverageBefore);
        Assert.Equal(3.5, summary.AverageAfter);
        Assert.Contains(AveragesPaired("5.5/10", "3.5/10", paired: 2), summary.Text);
    }

    [Fact]
    public void A_low_start_is_not_judged_by_percent()
    {
        var ratings = Ratings.Daily(before: [2, 2, 2, 1, 1, 1], after: [1, 1, 1, 0, 0, 0]);

        var summary = ProgressSummary.From(ratings, SessionScript.English);

        Assert.Equal(ProgressTrend.Low, summary.Trend);
        Assert.Contains(Fragment(TextKeys.ProgressLow, ^1), summary.Text);
        Assert.DoesNotContain("%", summary.Text);
    }

    [Fact]
    public void Within_a_program_the_trend_leaves_out_the_days_before_it()
    {
        // A bad day a week before the program; then the program's days 1-6 with check-ins.
        var before = Ratings.Rating("u", 0, 9, PainRatingPhases.Before);
        var program = Enumerable.Range(7, 6).Select(day => Ratings.Rating("u", day, day < 10 ? 6 : 4, PainRatingPhases.CheckIn) with { ProgramDay = day - 6 });

        var summary = ProgressSummary.From([before, .. program], SessionScript.English);

        Assert.Equal(6, summary.UsualPain!.FirstAverage);
        Assert.Contains(Trend(TextKeys.ProgressImproving, last: "4/10", first: "6/10", window: 3, percent: 33, inProgram: true), summary.Text);
    }
}
