using CoachBot.Dialogs.Ratings;

namespace CoachBot.Dialogs.Tests.Ratings;

public sealed class PainTrendTests
{
    [Fact]
    public void A_drop_of_30_percent_from_a_start_of_3_or_more_is_meaningful()
    {
        var review = new PainTrend(6, 4, 3);

        Assert.True(review.IsMeaningful);
        Assert.False(review.Rose);
        Assert.Equal(33, review.Percent);
    }

    [Fact]
    public void A_low_start_is_never_judged_by_percent()
    {
        var flat = new PainTrend(1, 1, 3);
        var halved = new PainTrend(2, 1, 3);

        Assert.True(flat.StartedLow);
        Assert.False(flat.IsMeaningful);
        Assert.False(halved.IsMeaningful);
    }

    [Theory]
    [InlineData(5, 6, true, false)]
    [InlineData(5, 6.5, true, true)]
    [InlineData(3, 5, true, true)]
    [InlineData(5, 5, false, false)]
    public void A_rise_is_a_rise_and_a_rise_of_30_percent_or_2_points_stops_the_program(double first, double last, bool rose, bool clearly)
    {
        var review = new PainTrend(first, last, 3);

        Assert.Equal(rose, review.Rose);
        Assert.Equal(clearly, review.RoseClearly);
        Assert.False(review.IsMeaningful);
    }

    [Fact]
    public void Each_day_counts_once_whatever_its_number_of_ratings_and_the_average_is_rounded_once()
    {
        // Days 1-3: 5.5 (two ratings), 6 and 6 → 5.83 → 5.8; the "after" on day 3 is not usual pain.
        var ratings = new[]
        {
            Rating("2027-03-01", PainRatingPhases.CheckIn, 6), Rating("2027-03-01", PainRatingPhases.CheckIn, 5),
            Rating("2027-03-02", PainRatingPhases.CheckIn, 6), Rating("2027-03-03", PainRatingPhases.Before, 6),
            Rating("2027-03-03", PainRatingPhases.After, 1),
            Rating("2027-03-05", PainRatingPhases.CheckIn, 4), Rating("2027-03-06", PainRatingPhases.CheckIn, 4),
            Rating("2027-03-07", PainRatingPhases.CheckIn, 3), Rating("2027-03-07", PainRatingPhases.CheckIn, 4),
        };

        var trend = PainTrend.Of(ratings)!;

        Assert.Equal(5.8, trend.FirstAverage);
        Assert.Equal(3.8, trend.LastAverage);
        Assert.Equal(3, trend.WindowDays);
        Assert.Equal("5.8", PainTrend.Format(trend.FirstAverage));
    }

    [Fact]
    public void With_four_or_five_days_the_windows_shrink_so_they_never_overlap_and_three_days_give_none()
    {
        var four = Enumerable.Range(1, 4).Select(d => Rating($"2027-03-0{d}", PainRatingPhases.CheckIn, 8 - d)).ToList();

        var trend = PainTrend.Of(four)!;

        Assert.Equal(2, trend.WindowDays);
        Assert.Equal(6.5, trend.FirstAverage);
        Assert.Equal(4.5, trend.LastAverage);
        Assert.Null(PainTrend.Of(four.Take(3)));
    }

    [Theory]
    [InlineData(5.75, 5.8)]
    [InlineData(5.65, 5.7)]
    [InlineData(4.25, 4.3)]
    [InlineData(4.24, 4.2)]
    public void Halves_round_away_from_zero(double value, double expected) =>
        Assert.Equal(expected, PainTrend.Round(value));

    internal static PainRating Rating(string localDate, string phase, int rating, string sessionId = "", int programDay = 0) =>
        new("directline/users/p", DateTimeOffset.Parse(localDate + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), rating, phase, "neck", "left", programDay, sessionId, localDate, "UTC", "directline", $"{sessionId}/{phase}/{localDate}/{rating}");
}
