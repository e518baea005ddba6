using CoachBot.Dialogs.Understanding;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Understanding;

public sealed class PainDurationParserTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 20, 0, 0);

    [Theory]
    [InlineData("3 weeks", 21, false)]
    [InlineData("about 2 days", 2, false)]
    [InlineData("a few days", 3, false)]
    [InlineData("since this morning", 0, false)]
    [InlineData("6 months", 182, true)]
    public void Durations_become_days_and_long_ones_count_as_chronic(string text, int days, bool chronic)
    {
        var duration = PainDurationParser.Parse(text, Now, English.Patterns.Durations);

        Assert.NotNull(duration);
        Assert.InRange(duration.Days!.Value, days - 2, days + 2);
        Assert.Equal(chronic, duration.IsChronic);
    }

    [Fact]
    public void Since_march_counts_from_march_and_is_chronic_in_november()
    {
        var duration = PainDurationParser.Parse("since March", Now, English.Patterns.Durations);

        Assert.NotNull(duration);
        Assert.True(duration.IsChronic);
        Assert.InRange(duration.Days!.Value, 230, 270);
    }

    [Theory]
    [InlineData("years")]
    [InlineData("for ages")]
    [InlineData("a long time")]
    public void Vague_long_answers_are_chronic(string text)
    {
        Assert.True(PainDurationParser.Parse(text, Now, English.Patterns.Durations)?.IsChronic);
    }

    [Theory]
    [InlineData("ouch")]
    [InlineData("why?")]
    [InlineData("")]
    [InlineData("\U0001F914")]
    public void Answers_without_a_time_are_not_understood(string text)
    {
        Assert.Null(PainDurationParser.Parse(text, Now, English.Patterns.Durations));
    }
}
