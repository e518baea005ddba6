using CoachBot.Dialogs.CheckIns;

namespace CoachBot.Dialogs.Tests.CheckIns;

public sealed class LocalScheduleTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeOnly[] TwiceDaily = [new(8, 0), new(19, 0)];

    [Fact]
    public void The_next_check_in_is_the_next_local_time_today()
    {
        var noonInNewYork = new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero);

        var next = LocalSchedule.Next(noonInNewYork, TwiceDaily, NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void After_the_last_time_of_the_day_comes_the_first_of_tomorrow()
    {
        var nineInTheEvening = new DateTimeOffset(2026, 11, 26, 2, 0, 0, TimeSpan.Zero);

        var next = LocalSchedule.Next(nineInTheEvening, TwiceDaily, NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 13, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void Eight_in_the_morning_stays_eight_local_across_the_spring_change()
    {
        // 2027-03-14: New York moves from UTC-5 to UTC-4.
        var before = LocalSchedule.Next(new DateTimeOffset(2027, 3, 13, 12, 0, 0, TimeSpan.Zero), [new TimeOnly(8, 0)], NewYork);
        var after = LocalSchedule.Next(new DateTimeOffset(2027, 3, 14, 11, 0, 0, TimeSpan.Zero), [new TimeOnly(8, 0)], NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 13, 13, 0, 0, TimeSpan.Zero), before);
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 12, 0, 0, TimeSpan.Zero), after);
    }

    [Fact]
    public void A_time_in_the_spring_forward_gap_happens_just_after_the_gap()
    {
        var next = LocalSchedule.Next(new DateTimeOffset(2027, 3, 14, 5, 0, 0, TimeSpan.Zero), [new TimeOnly(2, 30)], NewYork);

        Assert.Equal(new DateTimeOffset(2027, 3, 14, 7, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void A_time_that_happens_twice_in_the_autumn_fires_once_at_the_first()
    {
        var first = LocalSchedule.Next(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), [new TimeOnly(1, 30)], NewYork);
        var following = LocalSchedule.Next(first, [new TimeOnly(1, 30)], NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), first);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 6, 30, 0, TimeSpan.Zero), following);
    }
}
