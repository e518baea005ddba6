namespace CoachBot.Waterfall.Tests;

public class ConfirmPromptTests
{
    private static DialogTestClient Client(string locale, ConfirmPrompt? prompt = null, string retry = "Please answer yes or no.") =>
        PromptHost.Client(prompt ?? new ConfirmPrompt("confirm"), PromptHost.Ask("Shall we start?", retry), locale, describe: r => r is true ? "yes" : "no");

    private static async Task<string?> AnswerAsync(string locale, string answer)
    {
        var client = Client(locale);
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }

    [Theory]
    [InlineData("en-US", "yes", "Got: yes")]
    [InlineData("en-US", "yep", "Got: yes")]
    [InlineData("en-US", "sure", "Got: yes")]
    [InlineData("en-US", "ok", "Got: yes")]
    [InlineData("en-US", "👍", "Got: yes")]
    [InlineData("en-US", "no", "Got: no")]
    [InlineData("en-US", "nope", "Got: no")]
    [InlineData("en-US", "👎", "Got: no")]
    [InlineData("en-US", "1", "Got: yes")]
    [InlineData("en-US", "2", "Got: no")]
    [InlineData("es-ES", "sí", "Got: yes")]
    [InlineData("es-ES", "si", "Got: yes")]
    [InlineData("es-ES", "👍", "Got: yes")]
    [InlineData("es-ES", "no", "Got: no")]
    [InlineData("fr-FR", "oui", "Got: yes")]
    [InlineData("fr-FR", "non", "Got: no")]
    [InlineData("de-DE", "ja", "Got: yes")]
    [InlineData("de-DE", "nein", "Got: no")]
    [InlineData("pt-BR", "sim", "Got: yes")]
    [InlineData("pt-BR", "não", "Got: no")]
    [InlineData("pt-BR", "👎", "Got: no")]
    [InlineData("it-IT", "sì", "Got: yes")]
    [InlineData("nl-NL", "ja", "Got: yes")]
    [InlineData("en-US", "not ok", "Got: no")]
    [InlineData("en-US", "no, wait, yes", "Got: no")]
    public async Task ConfirmPrompt_understands_yes_and_no_in_each_language(string locale, string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(locale, answer));

    [Fact]
    public async Task ConfirmPrompt_accepts_the_rendered_button_text()
    {
        var client = Client("es-ES");
        var question = await client.SendActivityAsync<IMessageActivity>("hola");

        var answer = await client.SendActivityAsync<IMessageActivity>(question.SuggestedActions.Actions[0].Value.ToString()!);

        Assert.Equal(["Sí", "No"], question.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal("Got: yes", answer.Text);
    }

    [Theory]
    [InlineData("en-US", "what?")]
    [InlineData("en-US", "")]
    [InlineData("en-US", "after a long drive yesterday my neck is sooo tight")]
    public async Task ConfirmPrompt_asks_again_when_the_answer_is_neither_yes_nor_no(string locale, string answer) =>
        Assert.Equal("Please answer yes or no.", await AnswerAsync(locale, answer));

    // The official expressions only: everyday words they lack are no answer, and a hedge that
    // contains "no" reads as no. The coach's YesNoPrompt knows better.
    [Theory]
    [InlineData("es-ES", "claro", "Por favor, sí o no.")]
    [InlineData("en-US", "of course", "Por favor, sí o no.")]
    [InlineData("es-ES", "no sé", "Got: no")]
    [InlineData("en-US", "heel is sore for the first few steps", "Got: yes")]
    public async Task ConfirmPrompt_reads_only_the_official_yes_and_no_words(string locale, string answer, string expected)
    {
        var client = Client(locale, retry: "Por favor, sí o no.");
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(expected, (await client.SendActivityAsync<IMessageActivity>(answer)).Text);
    }

    [Fact]
    public async Task ConfirmPrompt_shows_yes_and_no_buttons_in_the_person_s_language()
    {
        var english = await Client("en-US").SendActivityAsync<IMessageActivity>("hi");
        var spanish = await Client("es-ES").SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("Shall we start?", english.Text);
        Assert.Equal(["Yes", "No"], english.SuggestedActions.Actions.Select(a => a.Title));
        Assert.Equal(["Sí", "No"], spanish.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task ConfirmPrompt_retry_in_spanish_then_accepts_si()
    {
        var client = PromptHost.Client(new ConfirmPrompt("confirm"), PromptHost.Ask("¿Empezamos?", "Responde sí o no, por favor."), "es-ES", describe: r => r is true ? "sí" : "no");
        await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("Responde sí o no, por favor.", (await client.SendActivityAsync<IMessageActivity>("depende")).Text);
        Assert.Equal("Got: sí", (await client.SendActivityAsync<IMessageActivity>("pues sí")).Text);
        Assert.Equal(true, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task A_confirm_validator_can_refuse_a_no_and_explain_why()
    {
        var prompt = new ConfirmPrompt("confirm", async (context, ct) =>
        {
            if (context.Recognized.Succeeded && !context.Recognized.Value)
            {
                await context.Context.SendActivityAsync("This step needs your agreement; say yes when ready.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = Client("en-US", prompt);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("This step needs your agreement; say yes when ready.", (await client.SendActivityAsync<IMessageActivity>("no")).Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal("Got: yes", (await client.SendActivityAsync<IMessageActivity>("yes")).Text);
    }

    [Fact]
    public async Task ConfirmPrompt_style_none_sends_the_question_without_buttons()
    {
        var client = Client("en-US", new ConfirmPrompt("confirm") { Style = ListStyle.None });

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Shall we start?", question.Text);
        Assert.Null(question.SuggestedActions);
    }

    [Fact]
    public async Task ConfirmPrompt_ignores_an_event_and_keeps_waiting()
    {
        var client = Client("en-US");
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Null(await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Event) { Name = "releaseTimer" }));
        Assert.Equal("Got: no", (await client.SendActivityAsync<IMessageActivity>("no")).Text);
    }
}
