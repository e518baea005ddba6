namespace CoachBot.Waterfall.Tests;

public class TextPromptTests
{
    [Fact]
    public async Task TextPrompt_returns_what_the_person_wrote()
    {
        var client = PromptHost.Client(new TextPrompt("text"), PromptHost.Ask("What is your name?"));

        Assert.Equal("What is your name?", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);
        Assert.Equal("Got: Ana María", (await client.SendActivityAsync<IMessageActivity>("Ana María")).Text);
        Assert.Equal("Ana María", client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task TextPrompt_asks_again_with_the_retry_prompt_after_an_empty_message()
    {
        var client = PromptHost.Client(new TextPrompt("text"), PromptHost.Ask("What is your name?", "Please type your name."));
        await client.SendActivityAsync<IMessageActivity>("hi");

        var retry = await client.SendActivityAsync<IMessageActivity>(string.Empty);
        var blank = await client.SendActivityAsync<IMessageActivity>("   ");

        Assert.Equal("Please type your name.", retry.Text);
        Assert.Equal("Please type your name.", blank.Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task TextPrompt_without_a_retry_prompt_repeats_the_question()
    {
        var client = PromptHost.Client(new TextPrompt("text"), PromptHost.Ask("¿Cómo te llamas?"), locale: "es-ES");
        await client.SendActivityAsync<IMessageActivity>("hola");

        var retry = await client.SendActivityAsync<IMessageActivity>(string.Empty);
        var answer = await client.SendActivityAsync<IMessageActivity>("Lucía");

        Assert.Equal("¿Cómo te llamas?", retry.Text);
        Assert.Equal("Got: Lucía", answer.Text);
    }

    [Fact]
    public async Task TextPrompt_keeps_waiting_through_events_and_typing_without_replying()
    {
        var client = PromptHost.Client(new TextPrompt("text"), PromptHost.Ask("What is your name?"));
        await client.SendActivityAsync<IMessageActivity>("hi");

        var onEvent = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Event) { Name = "releaseTimer" });
        var onTyping = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Typing));
        var answer = await client.SendActivityAsync<IMessageActivity>("Ana");

        Assert.Null(onEvent);
        Assert.Null(onTyping);
        Assert.Equal("Got: Ana", answer.Text);
    }

    [Fact]
    public async Task A_validator_can_turn_an_answer_down_and_the_retry_prompt_follows()
    {
        var attempts = new List<int>();
        var prompt = new TextPrompt("text", (context, ct) =>
        {
            attempts.Add(context.AttemptCount);
            return Task.FromResult(context.Recognized.Succeeded && context.Recognized.Value.Length >= 2);
        });
        var client = PromptHost.Client(prompt, PromptHost.Ask("What is your name?", "At least two letters, please."));
        await client.SendActivityAsync<IMessageActivity>("hi");

        var retry = await client.SendActivityAsync<IMessageActivity>("A");
        var answer = await client.SendActivityAsync<IMessageActivity>("Al");

        Assert.Equal("At least two letters, please.", retry.Text);
        Assert.Equal("Got: Al", answer.Text);
        Assert.Equal([1, 2], attempts);
    }

    [Fact]
    public async Task A_validator_that_explains_itself_is_not_followed_by_the_retry_prompt()
    {
        var prompt = new TextPrompt("text", async (context, ct) =>
        {
            if (context.Recognized.Value.Contains('@'))
            {
                await context.Context.SendActivityAsync("Por favor, no escribas tu correo aquí.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = PromptHost.Client(prompt, PromptHost.Ask("¿Cómo te llamas?", "Escribe tu nombre."), locale: "es-ES");
        await client.SendActivityAsync<IMessageActivity>("hola");

        var explained = await client.SendActivityAsync<IMessageActivity>("ana@example.com");
        var nothingMore = client.GetNextReply<IMessageActivity>();

        Assert.Equal("Por favor, no escribas tu correo aquí.", explained.Text);
        Assert.Null(nothingMore);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task A_validator_sees_the_options_and_can_give_up_after_a_few_attempts()
    {
        var prompt = new TextPrompt("text", (context, ct) =>
        {
            var allowed = (string[])context.Options.Validations!;
            if (allowed.Contains(context.Recognized.Value))
            {
                return Task.FromResult(true);
            }

            // After three tries, accept a fallback instead of asking forever.
            if (context.AttemptCount >= 3)
            {
                context.Recognized.Value = "skipped";
                return Task.FromResult(true);
            }

            return Task.FromResult(false);
        });
        var options = PromptHost.Ask("Neck or back?", "Please say neck or back.");
        options.Validations = new[] { "neck", "back" };
        var client = PromptHost.Client(prompt, options);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Please say neck or back.", (await client.SendActivityAsync<IMessageActivity>("knee")).Text);
        Assert.Equal("Please say neck or back.", (await client.SendActivityAsync<IMessageActivity>("hip")).Text);
        Assert.Equal("Got: skipped", (await client.SendActivityAsync<IMessageActivity>("foot")).Text);
    }

    [Fact]
    public async Task A_prompt_must_be_begun_with_PromptOptions()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, new TextPrompt("text"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("text", "What is your name?"));

        Assert.Contains("'text'", error.Message);
    }
}
