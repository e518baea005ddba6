namespace CoachBot.Waterfall.Tests;

public class ComponentDialogTests
{
    /// <summary>Asks where it hurts, then runs the rating component, then sums up.</summary>
    private sealed class SessionDialog : ComponentDialog
    {
        public SessionDialog()
            : base("session")
        {
            AddDialog(new WaterfallDialog("sessionSteps",
            [
                (step, ct) => step.PromptAsync("where", PromptHost.Ask("Where does it hurt?"), ct),
                (step, ct) =>
                {
                    step.Values["where"] = step.Result!;
                    return step.BeginDialogAsync("rating", step.Result, ct);
                },
                async (step, ct) =>
                {
                    var summary = $"{step.Values["where"]}: {step.Result}/10";
                    await step.Context.SendActivityAsync(summary, cancellationToken: ct);
                    return await step.EndDialogAsync(summary, ct);
                },
            ]));
            AddDialog(new TextPrompt("where"));
            AddDialog(new RatingDialog());
        }
    }

    /// <summary>A component inside the session: asks for a rating of the area it is begun with.</summary>
    private sealed class RatingDialog : ComponentDialog
    {
        public RatingDialog()
            : base("rating")
        {
            AddDialog(new WaterfallDialog("ratingSteps",
            [
                (step, ct) => step.PromptAsync("number", PromptHost.Ask($"How bad is your {step.Options} from 0 to 10?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new NumberPrompt<int>("number"));
        }
    }

    /// <summary>Answers "help" and "cancel" before its inner dialogs see the message.</summary>
    private sealed class InterruptibleDialog : ComponentDialog
    {
        public InterruptibleDialog()
            : base("interruptible")
        {
            AddDialog(new WaterfallDialog("steps",
            [
                (step, ct) => step.PromptAsync("number", PromptHost.Ask("How bad is it from 0 to 10?"), ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new NumberPrompt<int>("number"));
        }

        public List<DialogReason> EndReasons { get; } = [];

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("0 is no pain, 10 the worst you can imagine.", cancellationToken: cancellationToken);
                    await innerDc.RepromptDialogAsync(cancellationToken);
                    return EndOfTurn;
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Stopping here.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }

        protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            EndReasons.Add(reason);
            return base.OnEndDialogAsync(context, instance, reason, cancellationToken);
        }
    }

    [Fact]
    public async Task A_component_begins_its_first_dialog_and_ends_with_its_result()
    {
        var client = new DialogTestClient(Channels.Test, new RatingDialog(), initialDialogOptions: "neck");

        Assert.Equal("How bad is your neck from 0 to 10?", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);
        await client.SendActivityAsync<IMessageActivity>("6");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(6, client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task Nested_components_run_through_to_the_outer_result()
    {
        var client = new DialogTestClient(Channels.Test, new SessionDialog());

        Assert.Equal("Where does it hurt?", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);
        Assert.Equal("How bad is your neck from 0 to 10?", (await client.SendActivityAsync<IMessageActivity>("neck")).Text);
        Assert.Equal("neck: 7/10", (await client.SendActivityAsync<IMessageActivity>("seven")).Text);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("neck: 7/10", client.DialogTurnResult.Result);
    }

    [Fact]
    public async Task A_nested_component_keeps_its_inner_stack_under_the_dialogs_key()
    {
        var client = new DialogTestClient(Channels.Test, new SessionDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");
        await client.SendActivityAsync<IMessageActivity>("neck");

        var session = client.DialogContext!.ActiveDialog!;
        var sessionInner = (DialogState)session.State[ComponentDialog.PersistedDialogState];
        var rating = sessionInner.DialogStack.First(i => i.Id == "rating");
        var ratingInner = (DialogState)rating.State["dialogs"];

        Assert.Equal("session", session.Id);
        Assert.Equal(["rating", "sessionSteps"], sessionInner.DialogStack.Select(i => i.Id));
        Assert.Equal(["number", "ratingSteps"], ratingInner.DialogStack.Select(i => i.Id));
    }

    [Fact]
    public async Task A_component_can_answer_help_and_ask_its_question_again()
    {
        var client = new DialogTestClient(Channels.Test, new InterruptibleDialog());
        await client.SendActivityAsync<IMessageActivity>("hi");

        var help = await client.SendActivityAsync<IMessageActivity>("help");
        var again = client.GetNextReply<IMessageActivity>();
        await client.SendActivityAsync<IMessageActivity>("4");

        Assert.Equal("0 is no pain, 10 the worst you can imagine.", help.Text);
        Assert.Equal("How bad is it from 0 to 10?", again.Text);
        Assert.Equal(4, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task A_component_that_cancels_its_inner_dialogs_ends_and_leaves_the_stack_empty()
    {
        var dialog = new InterruptibleDialog();
        var client = new DialogTestClient(Channels.Test, dialog);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var reply = await client.SendActivityAsync<IMessageActivity>("cancel");

        Assert.Equal("Stopping here.", reply.Text);
        Assert.Empty(client.DialogContext!.Stack);
        Assert.Equal([DialogReason.EndCalled], dialog.EndReasons);
    }

    [Fact]
    public async Task Cancelling_the_outer_stack_cancels_the_inner_dialogs_of_a_component()
    {
        var inner = new RecordingDialog("inner");
        var component = new ComponentDialog("outer");
        component.AddDialog(inner);
        var client = new DialogTestClient(Channels.Test, component);
        Assert.Equal("inner begin", (await client.SendActivityAsync<IMessageActivity>("hi")).Text);

        await client.DialogContext!.CancelAllDialogsAsync();

        Assert.Equal(["inner: CancelCalled"], inner.Ends);
    }

    [Fact]
    public async Task A_component_resumed_after_a_dialog_pushed_above_it_asks_its_question_again()
    {
        // The outer waterfall pushes "interruptible"; something pushed over it ends; the component
        // must not end early but ask again (the inner prompt is still waiting).
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, new InterruptibleDialog(), new RecordingDialog("aside"));
        await dc.BeginDialogAsync("interruptible");
        await dc.BeginDialogAsync("aside");
        adapter.GetNextReply();
        adapter.GetNextReply();

        var result = await dc.EndDialogAsync("aside done");

        Assert.Equal(DialogTurnStatus.Waiting, result.Status);
        Assert.Equal("How bad is it from 0 to 10?", adapter.GetNextReply()?.AsMessageActivity().Text);
        Assert.Equal("interruptible", dc.ActiveDialog!.Id);
    }

    [Fact]
    public async Task A_component_whose_inner_dialog_finishes_at_once_ends_in_the_same_turn()
    {
        var component = new ComponentDialog("quick");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.EndDialogAsync("done at once", ct)]));
        var client = new DialogTestClient(Channels.Test, component);

        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal("done at once", client.DialogTurnResult.Result);
    }

    [Fact]
    public void The_initial_dialog_is_the_first_one_added_unless_set()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
    }

    [Fact]
    public async Task A_component_finds_dialogs_of_its_parent_set()
    {
        // A dialog added only to the root set can still be begun from inside a component.
        var component = new ComponentDialog("outer");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) => step.BeginDialogAsync("shared", null, ct)]));
        var (dc, adapter) = await Turns.ContextAsync(new Activity { Text = "hi" }, null, component, new RecordingDialog("shared"));

        await dc.BeginDialogAsync("outer");

        Assert.Equal("shared begin", adapter.GetNextReply()?.AsMessageActivity().Text);
    }
}
