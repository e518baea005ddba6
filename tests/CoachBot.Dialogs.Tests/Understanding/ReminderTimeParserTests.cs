using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.Understanding;

namespace CoachBot.Dialogs.Tests.Understanding;

public sealed class ReminderTimeParserTests
{
    [Theory]
    [InlineData("8am and 7pm", "08:00,19:00")]
    [InlineData("every evening at 7", "19:00")]
    [InlineData("at 7:30 in the morning", "07:30")]
    [InlineData("noon and 9 pm", "12:00,21:00")]
    [InlineData("every day at 8", "08:00")]
    [InlineData("9:00 and 21:00", "09:00,21:00")]
    [InlineData("07:30 and 6:45", "06:45,07:30")]
    public void Reminder_times_in_natural_language_become_times_of_day(string text, string expected)
    {
        var parsed = ReminderTimeParser.Parse(text);

        Assert.Equal(expected.Split(',').Select(TimeOnly.Parse), parsed.Times);
        Assert.Empty(parsed.Ambiguous);
    }

    [Fact]
    public void Half_past_six_is_reported_as_morning_or_evening()
    {
        var parsed = ReminderTimeParser.Parse("half past six");

        Assert.Empty(parsed.Times);
        Assert.Equal([(new TimeOnly(6, 30), new TimeOnly(18, 30))], parsed.Ambiguous);
    }

    [Fact]
    public void A_bare_clock_time_without_a_24_hour_time_beside_it_is_still_asked_about()
    {
        var parsed = ReminderTimeParser.Parse("9:00 and 7pm");

        Assert.Equal([new TimeOnly(19, 0)], parsed.Times);
        Assert.Equal([(new TimeOnly(9, 0), new TimeOnly(21, 0))], parsed.Ambiguous);
    }

    [Theory]
    [InlineData("whenever")]
    [InlineData("")]
    [InlineData("\U0001F44D")]
    public void Answers_without_a_time_are_empty(string text)
    {
        Assert.True(ReminderTimeParser.Parse(text).IsEmpty);
    }
}
