namespace CoachBot.Waterfall.Tests;

public class DialogContextTests
{
    [Fact]
    public async Task Beginning_an_unknown_dialog_names_the_id_and_the_dialogs_the_set_holds()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, new RecordingDialog("main"), new RecordingDialog("help"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("mian"));

        Assert.Contains("'mian'", error.Message);
        Assert.Contains("'main', 'help'", error.Message);
    }

    [Fact]
    public async Task Continuing_a_saved_stack_whose_dialog_is_gone_names_the_missing_id()
    {
        var saved = new DialogState([new DialogInstance { Id = "retiredDialog" }]);
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "hi" }, saved, new RecordingDialog("main"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.ContinueDialogAsync());

        Assert.Contains("'retiredDialog'", error.Message);
        Assert.Contains("'main'", error.Message);
    }

    [Fact]
    public async Task Continuing_an_empty_stack_says_it_is_empty()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, new RecordingDialog("main"));

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task A_begun_dialog_is_on_top_of_the_stack_at_index_zero()
    {
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, new RecordingDialog("main"), new RecordingDialog("child"));

        await dc.BeginDialogAsync("main");
        await dc.BeginDialogAsync("child", "with options");

        Assert.Equal(["child", "main"], dc.Stack.Select(i => i.Id));
        Assert.Equal("child", dc.ActiveDialog!.Id);
        Assert.Equal(["main begin", "child begin with options"], Turns.Texts(adapter));
    }

    [Fact]
    public async Task Every_activity_type_reaches_the_active_dialog()
    {
        var recording = new RecordingDialog("main");
        var client = new DialogTestClient(Channels.Test, recording);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var onEvent = await client.SendActivityAsync<IMessageActivity>(new Activity(ActivityTypes.Event) { Name = "releaseTimer", Value = "neck-1" });
        var onUpdate = await client.SendActivityAsync<IMessageActivity>(new Activity(ActivityTypes.ConversationUpdate));
        var onMessage = await client.SendActivityAsync<IMessageActivity>("hello");

        Assert.Equal("main continue: event/releaseTimer/", onEvent.Text);
        Assert.Equal("main continue: conversationUpdate//", onUpdate.Text);
        Assert.Equal("main continue: message//hello", onMessage.Text);
    }

    [Fact]
    public async Task Ending_a_dialog_resumes_the_one_below_with_its_result()
    {
        var main = new RecordingDialog("main");
        var child = new RecordingDialog("child");
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "end" }, null, main, child);
        await dc.BeginDialogAsync("main");
        await dc.BeginDialogAsync("child");

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["main"], dc.Stack.Select(i => i.Id));
        Assert.Equal(["child: EndCalled"], child.Ends);
        Assert.Contains("main resume (EndCalled): child result", Turns.Texts(adapter));
    }

    [Fact]
    public async Task Ending_the_last_dialog_completes_the_stack_with_its_result()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "end" }, null, new RecordingDialog("main"));
        await dc.BeginDialogAsync("main");

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.Complete, result.Status);
        Assert.Equal("main result", result.Result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task Replacing_a_dialog_ends_it_and_begins_the_new_one_in_its_place()
    {
        var main = new RecordingDialog("main");
        var first = new RecordingDialog("first");
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "x" }, null, main, first, new RecordingDialog("second"));
        await dc.BeginDialogAsync("main");
        await dc.BeginDialogAsync("first");

        await dc.ReplaceDialogAsync("second", "fresh");

        Assert.Equal(["second", "main"], dc.Stack.Select(i => i.Id));
        Assert.Equal(["first: ReplaceCalled"], first.Ends);
        Assert.Equal("second begin fresh", Turns.Texts(adapter).Last());
    }

    [Fact]
    public async Task A_waterfall_can_loop_by_replacing_itself_until_the_person_is_done()
    {
        var component = new ComponentDialog("loop");
        component.AddDialog(new WaterfallDialog("collect",
        [
            (step, ct) =>
            {
                var items = step.Options as List<object> ?? [];
                step.Values["items"] = items;
                return step.PromptAsync("text", PromptHost.Ask($"Item {items.Count + 1}? (say done to finish)"), ct);
            },
            async (step, ct) =>
            {
                var items = (List<object>)step.Values["items"];
                if ((string)step.Result! == "done")
                {
                    await step.Context.SendActivityAsync($"You listed {string.Join(", ", items)}", cancellationToken: ct);
                    return await step.EndDialogAsync(items.Count, ct);
                }

                items.Add(step.Result!);
                return await step.ReplaceDialogAsync("collect", items, ct);
            },
        ]));
        component.AddDialog(new TextPrompt("text"));
        var client = new DialogTestClient(Channels.Test, component);

        Assert.Equal("Item 1? (say done to finish)", (await client.SendActivityAsync<IMessageActivity>("start")).Text);
        Assert.Equal("Item 2? (say done to finish)", (await client.SendActivityAsync<IMessageActivity>("neck")).Text);
        Assert.Equal("Item 3? (say done to finish)", (await client.SendActivityAsync<IMessageActivity>("shoulders")).Text);
        Assert.Equal("You listed neck, shoulders", (await client.SendActivityAsync<IMessageActivity>("done")).Text);
        Assert.Equal(2, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task Cancelling_all_dialogs_ends_each_one_top_first_and_empties_the_stack()
    {
        var main = new RecordingDialog("main");
        var child = new RecordingDialog("child");
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "x" }, null, main, child);
        await dc.BeginDialogAsync("main");
        await dc.BeginDialogAsync("child");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Empty(dc.Stack);
        Assert.Equal(["child: CancelCalled"], child.Ends);
        Assert.Equal(["main: CancelCalled"], main.Ends);
    }

    [Fact]
    public async Task Cancelling_an_empty_stack_says_it_was_empty()
    {
        var (dc, _) = await Turns.ContextAsync(new Activity { Text = "x" }, null, new RecordingDialog("main"));

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Empty, result.Status);
    }

    [Fact]
    public async Task Reprompting_asks_the_active_dialog_to_repeat_itself()
    {
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "x" }, null, new RecordingDialog("main"));
        await dc.BeginDialogAsync("main");

        await dc.RepromptDialogAsync();

        Assert.Equal("main reprompt", Turns.Texts(adapter).Last());
    }

    [Fact]
    public async Task Prompting_with_PromptAsync_sends_the_question_and_waits()
    {
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "x" }, null, new TextPrompt("name"));

        var result = await dc.PromptAsync("name", PromptHost.Ask("What is your name?"));

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal(["What is your name?"], Turns.Texts(adapter));
    }

    [Fact]
    public void A_set_refuses_a_second_dialog_with_a_taken_id()
    {
        var set = new DialogSet();
        set.Add(new TextPrompt("ask"));

        var error = Assert.Throws<ArgumentException>(() => set.Add(new NumberPrompt<int>("ask")));

        Assert.Contains("'ask'", error.Message);
    }

    [Fact]
    public async Task RunAsync_begins_the_dialog_on_the_first_turn_and_continues_it_afterwards()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var dialog = new RecordingDialog("main");
        var adapter = new TestAdapter(Channels.Test).Use(new AutoSaveStateMiddleware(state));

        await new TestFlow(adapter, (turn, ct) => dialog.RunAsync(turn, accessor, ct))
            .Send("hi").AssertReply("main begin")
            .Send("again").AssertReply("main continue: message//again")
            .Send("end").AssertReply("main continue: message//end")
            .Send("hello").AssertReply("main begin")
            .StartTestAsync();
    }
}
