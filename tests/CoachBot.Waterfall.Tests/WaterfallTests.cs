namespace CoachBot.Waterfall.Tests;

public class WaterfallTests
{
    private static DialogTestClient NameAndAgeClient(ConversationState? state = null)
    {
        var component = new ComponentDialog("signup");
        component.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("name", PromptHost.Ask("What is your name?"), ct),
            (step, ct) =>
            {
                step.Values["name"] = step.Result!;
                return step.PromptAsync("age", PromptHost.Ask("How old are you?"), ct);
            },
            async (step, ct) =>
            {
                var summary = $"{step.Values["name"]} is {step.Result}";
                await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                return await step.EndDialogAsync(summary, ct);
            },
        ]));
        component.AddDialog(new TextPrompt("name"));
        component.AddDialog(new NumberPrompt<int>("age"));
        return new DialogTestClient(Channels.Test, component, conversationState: state);
    }

    [Fact]
    public async Task A_waterfall_runs_its_steps_in_order_one_answer_per_turn()
    {
        var client = NameAndAgeClient();

        Assert.Equal("What is your name?", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Equal("How old are you?", (await client.SendActivityAsync<IMessageActivity>("Ana")).Text);
        Assert.Equal("Ana is 34", (await client.SendActivityAsync<IMessageActivity>("thirty four")).Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Equal("Ana is 34", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Step_values_are_kept_between_turns_even_when_state_is_reloaded_from_storage()
    {
        // Two clients over one storage: the second turn runs on state the first one saved.
        var state = new ConversationState(new MemoryStorage());
        await NameAndAgeClient(state).SendActivityAsync<IMessageActivity>("hi");
        await NameAndAgeClient(state).SendActivityAsync<IMessageActivity>("Bea");

        var reply = await NameAndAgeClient(state).SendActivityAsync<IMessageActivity>("7");

        Assert.Equal("Bea is 7", reply.Text);
    }

    [Fact]
    public async Task Every_step_sees_the_options_the_waterfall_was_begun_with()
    {
        var seen = new List<string>();
        var waterfall = new WaterfallDialog("w",
        [
            (step, ct) => { seen.Add((string)step.Options!); return Task.FromResult(Dialog.EndOfTurn); },
            (step, ct) => { seen.Add((string)step.Options!); return step.EndDialogAsync(null, ct); },
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall, initialDialogOptions: "neck routine");

        await client.SendActivityAsync<IMessageActivity>("start");
        await client.SendActivityAsync<IMessageActivity>("next");

        Assert.Equal(["neck routine", "neck routine"], seen);
    }

    [Fact]
    public async Task A_step_that_waits_on_its_own_gets_the_next_message_text_as_its_result()
    {
        var waterfall = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Say anything", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"You said {step.Result} ({step.Reason})", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall);
        await client.SendActivityAsync<IMessageActivity>("start");

        var reply = await client.SendActivityAsync<IMessageActivity>("hello there");

        Assert.Equal("You said hello there (ContinueCalled)", reply.Text);
    }

    [Fact]
    public async Task A_waterfall_waiting_on_its_own_ignores_an_event_and_continues_on_the_next_message()
    {
        var waterfall = new WaterfallDialog("w",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"You said {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall);
        await client.SendActivityAsync<IMessageActivity>("start");

        var afterEvent = await client.SendActivityAsync<IActivity>(new Activity(ActivityTypes.Event) { Name = "releaseTimer" });
        var afterMessage = await client.SendActivityAsync<IMessageActivity>("ok");

        Assert.Null(afterEvent);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("You said ok", afterMessage.Text);
    }

    [Fact]
    public async Task NextAsync_skips_to_the_next_step_in_the_same_turn_with_the_value_given()
    {
        var waterfall = new WaterfallDialog("w",
        [
            (step, ct) => step.NextAsync(42, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step {step.Index} got {step.Result} ({step.Reason})", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall);

        var reply = await client.SendActivityAsync<IMessageActivity>("go");

        Assert.Equal("step 1 got 42 (NextCalled)", reply.Text);
        Assert.Equal(42, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task Calling_NextAsync_twice_in_one_step_is_an_error()
    {
        var waterfall = new WaterfallDialog("w",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(Channels.Test, waterfall);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync<IMessageActivity>("go"));

        Assert.Contains("NextAsync", error.Message);
        Assert.Contains("'w'", error.Message);
    }

    [Fact]
    public async Task Running_off_the_last_step_ends_the_waterfall_with_the_last_result()
    {
        var waterfall = new WaterfallDialog("w", [(step, ct) => step.NextAsync("done", ct)]);
        var client = new DialogTestClient(Channels.Test, waterfall);

        await client.SendActivityAsync<IMessageActivity>("go");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("done", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task State_saved_by_an_older_version_with_more_steps_ends_cleanly_with_the_last_answer()
    {
        // Version 1 asked three questions; the person answered the first and the bot was then
        // redeployed with a version that has only one step. The saved stepIndex now points past
        // the end: the waterfall must end with the answer, not throw.
        var state = new ConversationState(new MemoryStorage());
        var v1 = new ComponentDialog("survey");
        v1.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("text", PromptHost.Ask("First?"), ct),
            (step, ct) => step.PromptAsync("text", PromptHost.Ask("Second?"), ct),
            (step, ct) => step.PromptAsync("text", PromptHost.Ask("Third?"), ct),
        ]));
        v1.AddDialog(new TextPrompt("text"));
        var before = new DialogTestClient(Channels.Test, v1, conversationState: state);
        await before.SendActivityAsync<IMessageActivity>("hi");
        Assert.Equal("Second?", (await before.SendActivityAsync<IMessageActivity>("one")).Text);

        var v2 = new ComponentDialog("survey");
        v2.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", PromptHost.Ask("Only?"), ct)]));
        v2.AddDialog(new TextPrompt("text"));
        var after = new DialogTestClient(Channels.Test, v2, conversationState: state);

        var reply = await after.SendActivityAsync<IMessageActivity>("two");

        Assert.Null(reply);
        Assert.Equal(DialogTurnStatus.Complete, after.DialogTurnResult!.Status);
        Assert.Equal("two", after.DialogTurnResult.Result);
    }

    [Fact]
    public async Task State_saved_by_an_older_version_with_fewer_steps_goes_on_to_the_new_steps()
    {
        var state = new ConversationState(new MemoryStorage());
        var v1 = new ComponentDialog("survey");
        v1.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.PromptAsync("text", PromptHost.Ask("First?"), ct)]));
        v1.AddDialog(new TextPrompt("text"));
        await new DialogTestClient(Channels.Test, v1, conversationState: state).SendActivityAsync<IMessageActivity>("hi");

        var v2 = new ComponentDialog("survey");
        v2.AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => step.PromptAsync("text", PromptHost.Ask("First?"), ct),
            (step, ct) => step.PromptAsync("text", PromptHost.Ask($"New question after {step.Result}?"), ct),
        ]));
        v2.AddDialog(new TextPrompt("text"));

        var reply = await new DialogTestClient(Channels.Test, v2, conversationState: state).SendActivityAsync<IMessageActivity>("one");

        Assert.Equal("New question after one?", reply.Text);
    }

    [Fact]
    public void A_waterfall_persists_its_progress_under_the_official_keys()
    {
        Assert.Equal("options", WaterfallDialog.PersistedOptions);
        Assert.Equal("values", WaterfallDialog.PersistedValues);
        Assert.Equal("stepIndex", WaterfallDialog.StepIndex);
        Assert.Equal("instanceId", WaterfallDialog.PersistedInstanceId);
    }
}
