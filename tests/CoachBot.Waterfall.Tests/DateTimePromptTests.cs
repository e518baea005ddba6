using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Waterfall.Tests;

public class DateTimePromptTests
{
    // Wednesday 25 November 2026, 12:00 UTC; the person is in UTC-5, where it is 07:00.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PersonOffset = TimeSpan.FromHours(-5);

    private static string Describe(object? result) =>
        result is IList<DateTimeResolution> resolutions
            ? string.Join(" | ", resolutions.Select(r => $"{r.Timex} = {r.Value ?? $"{r.Start}..{r.End}"}"))
            : "(nothing)";

    private static async Task<(string? Reply, DialogTestClient Client)> AnswerAsync(string answer, string locale = "en-US", PromptValidator<IList<DateTimeResolution>>? validator = null)
    {
        var prompt = new DateTimePrompt("when", validator, time: new FakeTimeProvider(Now));
        var client = PromptHost.Client(prompt, PromptHost.Ask("When shall I remind you?", "Tell me a time, like 8am or tomorrow at 7 pm."), locale, describe: Describe);
        await client.SendActivityAsync<IMessageActivity>(Message("hi", locale));
        var reply = await client.SendActivityAsync<IMessageActivity>(Message(answer, locale));
        return (reply?.Text, client);
    }

    private static Activity Message(string text, string locale) => new(ActivityTypes.Message)
    {
        Text = text,
        Locale = locale,
        LocalTimestamp = Now.ToOffset(PersonOffset).AddMinutes(-3),
    };

    [Fact]
    public async Task DateTimePrompt_reads_8am_as_a_time_of_any_day()
    {
        var (reply, _) = await AnswerAsync("8am");

        Assert.Equal("Got: T08 = 08:00:00", reply);
    }

    [Fact]
    public async Task DateTimePrompt_reads_tomorrow_at_7_pm_as_the_person_s_tomorrow()
    {
        var (reply, client) = await AnswerAsync("tomorrow at 7 pm");

        Assert.Equal("Got: 2026-11-26T19 = 2026-11-26 19:00:00", reply);
        var resolution = Assert.Single((IList<DateTimeResolution>)client.DialogTurnResult!.Result!);
        Assert.Equal("2026-11-26T19", resolution.Timex);
    }

    [Fact]
    public async Task DateTimePrompt_reads_in_2_hours_against_the_prompt_s_clock_in_the_person_s_zone()
    {
        var (reply, _) = await AnswerAsync("in 2 hours");

        // 07:00 where the person is, plus two hours.
        Assert.Equal("Got: 2026-11-25T09:00:00 = 2026-11-25 09:00:00", reply);
    }

    [Fact]
    public async Task DateTimePrompt_reads_spanish_tomorrow_at_seven_in_the_evening()
    {
        var (reply, _) = await AnswerAsync("mañana a las 7 de la tarde", "es-ES");

        Assert.Equal("Got: 2026-11-26T19 = 2026-11-26 19:00:00", reply);
    }

    [Fact]
    public async Task DateTimePrompt_reads_spanish_in_two_hours()
    {
        var (reply, _) = await AnswerAsync("en 2 horas", "es-ES");

        Assert.Equal("Got: 2026-11-25T09:00:00 = 2026-11-25 09:00:00", reply);
    }

    [Theory]
    [InlineData("whenever", "en-US")]
    [InlineData("", "en-US")]
    [InlineData("cuando quieras", "es-ES")]
    public async Task DateTimePrompt_asks_again_when_there_is_no_time(string answer, string locale)
    {
        var (reply, client) = await AnswerAsync(answer, locale);

        Assert.Equal("Tell me a time, like 8am or tomorrow at 7 pm.", reply);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task A_datetime_validator_can_insist_on_a_time_of_day()
    {
        PromptValidator<IList<DateTimeResolution>> needsHour = async (context, ct) =>
        {
            if (context.Recognized.Succeeded && context.Recognized.Value.Any(r => r.Timex?.Contains('T') == true))
            {
                return true;
            }

            await context.Context.SendActivityAsync("Which time of day?", cancellationToken: ct);
            return false;
        };

        var (reply, client) = await AnswerAsync("tomorrow", validator: needsHour);
        var next = await client.SendActivityAsync<IMessageActivity>(Message("9pm", "en-US"));

        Assert.Equal("Which time of day?", reply);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal("Got: T21 = 21:00:00", next.Text);
    }

    [Fact]
    public async Task Without_a_local_timestamp_the_prompt_uses_its_clock_s_own_zone()
    {
        var clock = new FakeTimeProvider(Now);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var prompt = new DateTimePrompt("when", time: clock);
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "in 2 hours", Locale = "en-US" }, null, prompt);
        await dc.PromptAsync("when", PromptHost.Ask("When?"));

        var result = await dc.ContinueDialogAsync();

        var resolution = Assert.Single((IList<DateTimeResolution>)result.Result!);
        Assert.Equal("2026-11-25 14:00:00", resolution.Value);
    }
}
