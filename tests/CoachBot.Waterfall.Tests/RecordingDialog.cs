namespace CoachBot.Waterfall.Tests;

/// <summary>
/// A dialog that says what happens to it: it replies "begin", "continue: type/name/text",
/// "resume: result" and records how it ended, so tests can see the stack's calls.
/// </summary>
internal sealed class RecordingDialog(string id) : Dialog(id)
{
    public List<string> Ends { get; } = [];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendActivityAsync($"{Id} begin {options}".TrimEnd(), cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        var activity = dc.Context.Activity;
        await dc.Context.SendActivityAsync($"{Id} continue: {activity.Type}/{activity.Name}/{activity.Text}", cancellationToken: cancellationToken);
        return activity.Text == "end" ? await dc.EndDialogAsync($"{Id} result", cancellationToken) : EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await dc.Context.SendActivityAsync($"{Id} resume ({reason}): {result}", cancellationToken: cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        turnContext.SendActivityAsync($"{Id} reprompt", cancellationToken: cancellationToken);

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        Ends.Add($"{Id}: {reason}");
        return Task.CompletedTask;
    }
}
