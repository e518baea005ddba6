namespace CoachBot.Waterfall.Tests;

public class NumberPromptTests
{
    private static async Task<string?> AnswerAsync<T>(string answer, string locale = "en-US")
        where T : struct
    {
        var client = PromptHost.Client(new NumberPrompt<T>("number"), PromptHost.Ask("How bad is it from 0 to 10?", "Please give a number from 0 to 10."), locale);
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }

    // As the official NumberPrompt: the first number the recognizer finds, when it fits the type.
    [Theory]
    [InlineData("7", "Got: 7")]
    [InlineData("seven", "Got: 7")]
    [InlineData("I'd say it's a 4 today", "Got: 4")]
    [InlineData("6 or 7", "Got: 6")]
    [InlineData("0", "Got: 0")]
    [InlineData("my neck is 6 and my back 4", "Got: 6")]
    public async Task NumberPrompt_of_int_takes_the_first_whole_number(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync<int>(answer));

    [Theory]
    [InlineData("6.5")]
    [InlineData("7/10")]
    public async Task NumberPrompt_of_int_asks_again_for_a_number_with_a_fraction(string answer) =>
        Assert.Equal("Please give a number from 0 to 10.", await AnswerAsync<int>(answer));

    [Theory]
    [InlineData("6.5", "Got: 6.5")]
    [InlineData("six and a half", "Got: 6.5")]
    [InlineData("7/10", "Got: 0.7")]
    [InlineData("1/2", "Got: 0.5")]
    [InlineData("-3", "Got: -3")]
    public async Task NumberPrompt_of_double_keeps_fractions_and_signs(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync<double>(answer));

    [Theory]
    [InlineData("siete", "Got: 7")]
    [InlineData("unos 6", "Got: 6")]
    [InlineData("7", "Got: 7")]
    public async Task NumberPrompt_of_int_reads_spanish_in_a_spanish_locale(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync<int>(answer, "es-ES"));

    [Fact]
    public async Task NumberPrompt_of_double_reads_a_spanish_decimal_comma() =>
        Assert.Equal("Got: 6.5", await AnswerAsync<double>("6,5", "es-ES"));

    [Fact]
    public async Task NumberPrompt_reads_french_german_and_portuguese_words_in_their_locales()
    {
        Assert.Equal("Got: 7", await AnswerAsync<int>("sept", "fr-FR"));
        Assert.Equal("Got: 7", await AnswerAsync<int>("sieben", "de-DE"));
        Assert.Equal("Got: 7", await AnswerAsync<int>("sete", "pt-BR"));
    }

    [Fact]
    public async Task NumberPrompt_falls_back_to_its_default_locale_when_the_activity_has_none()
    {
        var prompt = new NumberPrompt<int>("number", defaultLocale: "es-ES");
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "siete", Locale = null }, null, prompt);
        await dc.PromptAsync("number", PromptHost.Ask("¿Del 0 al 10?"));
        adapter.GetNextReply();

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal(7, result.Result);
    }

    [Fact]
    public async Task NumberPrompt_reads_english_when_neither_the_activity_nor_the_prompt_has_a_locale()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "seven", Locale = null }, null, new NumberPrompt<int>("number"));
        await dc.PromptAsync("number", PromptHost.Ask("0 to 10?"));

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(7, result.Result);
    }

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    public async Task NumberPrompt_asks_again_when_there_is_no_number(string answer) =>
        Assert.Equal("Please give a number from 0 to 10.", await AnswerAsync<int>(answer));

    [Fact]
    public async Task NumberPrompt_asks_again_in_spanish_when_there_is_no_number()
    {
        var client = PromptHost.Client(new NumberPrompt<int>("number"), PromptHost.Ask("¿Cuánto te duele del 0 al 10?", "Dime un número del 0 al 10."), "es-ES");
        await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("Dime un número del 0 al 10.", (await client.SendActivityAsync<IMessageActivity>("no sé")).Text);
        Assert.Equal("Got: 3", (await client.SendActivityAsync<IMessageActivity>("tres")).Text);
    }

    [Fact]
    public async Task A_range_validator_turns_down_eleven_and_accepts_ten()
    {
        var prompt = new NumberPrompt<int>("number", (context, ct) =>
            Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value is >= 0 and <= 10));
        var client = PromptHost.Client(prompt, PromptHost.Ask("How bad is it from 0 to 10?", "From 0 to 10, please."));
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("From 0 to 10, please.", (await client.SendActivityAsync<IMessageActivity>("eleven")).Text);
        Assert.Equal("Got: 10", (await client.SendActivityAsync<IMessageActivity>("ten")).Text);
    }

    [Fact]
    public async Task A_spanish_validator_can_explain_the_range_itself()
    {
        var prompt = new NumberPrompt<int>("number", async (context, ct) =>
        {
            if (context.Recognized.Succeeded && context.Recognized.Value > 10)
            {
                await context.Context.SendActivityAsync($"{context.Recognized.Value} es más de 10; la escala llega a 10.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = PromptHost.Client(prompt, PromptHost.Ask("¿Del 0 al 10?", "Un número del 0 al 10."), "es-ES");
        await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("12 es más de 10; la escala llega a 10.", (await client.SendActivityAsync<IMessageActivity>("doce")).Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal("Got: 8", (await client.SendActivityAsync<IMessageActivity>("ocho")).Text);
    }

    [Fact]
    public async Task NumberPrompt_of_long_decimal_and_float_give_their_own_types()
    {
        Assert.Equal("Got: 7", await AnswerAsync<long>("seven"));
        Assert.Equal("Got: 6.5", await AnswerAsync<decimal>("6.5"));
        Assert.Equal("Got: 6", await AnswerAsync<float>("6 or 7"));
    }

    [Fact]
    public void NumberPrompt_refuses_types_it_cannot_produce() =>
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<DateTime>("number"));
}
