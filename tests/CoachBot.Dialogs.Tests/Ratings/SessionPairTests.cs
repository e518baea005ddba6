using CoachBot.Dialogs.Ratings;
using static CoachBot.Dialogs.Tests.Ratings.PainTrendTests;

namespace CoachBot.Dialogs.Tests.Ratings;

public sealed class SessionPairTests
{
    [Fact]
    public void A_session_started_from_a_check_in_takes_the_check_ins_rating_as_its_before()
    {
        var ratings = new[]
        {
            Rating("2027-03-01", PainRatingPhases.CheckIn, 6, "s1", 1), Rating("2027-03-01", PainRatingPhases.After, 4, "s1", 1),
            Rating("2027-03-02", PainRatingPhases.Before, 5, "s2"), Rating("2027-03-02", PainRatingPhases.After, 3, "s2"),
        };

        var pairs = SessionPair.All(ratings);

        Assert.Equal([new SessionPair("s1", "2027-03-01", 6, 4), new SessionPair("s2", "2027-03-02", 5, 3)], pairs);
    }

    [Fact]
    public void A_check_in_that_led_to_no_session_is_not_a_session_and_an_unfinished_one_has_no_after()
    {
        var ratings = new[]
        {
            Rating("2027-03-01", PainRatingPhases.CheckIn, 6, "c1", 1),
            Rating("2027-03-02", PainRatingPhases.Before, 5, "s2"),
        };

        var pair = Assert.Single(SessionPair.All(ratings));

        Assert.Equal("s2", pair.SessionId);
        Assert.False(pair.IsComplete);
    }
}
