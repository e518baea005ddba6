using CoachBot.Dialogs.CheckIns;

namespace CoachBot.Dialogs.Tests.CheckIns;

public sealed class ProgramReviewTests
{
    [Fact]
    public void A_drop_of_30_percent_from_a_start_of_3_or_more_is_meaningful()
    {
        var review = new ProgramReview(6, 4);

        Assert.True(review.IsMeaningful);
        Assert.False(review.Rose);
    }

    [Fact]
    public void A_low_start_is_never_judged_by_percent()
    {
        var flat = new ProgramReview(1, 1);
        var halved = new ProgramReview(2, 1);

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
        var review = new ProgramReview(first, last);

        Assert.Equal(rose, review.Rose);
        Assert.Equal(clearly, review.RoseClearly);
        Assert.False(review.IsMeaningful);
    }
}
