using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// The dialog stack of one turn, with the operations that change it: begin, continue, end,
/// replace, cancel and re-prompt. Contexts nest: a component dialog runs its children in an inner
/// context whose <see cref="Parent"/> is the outer one.
/// </summary>
public class DialogContext
{
    /// <summary>Creates a root context over <paramref name="state"/>.</summary>
    /// <param name="dialogs">The dialogs this context can start.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The persisted stack.</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
    }

    /// <summary>Creates an inner context (a component's) under <paramref name="parentDialogContext"/>.</summary>
    /// <param name="dialogs">The dialogs this context can start.</param>
    /// <param name="parentDialogContext">The outer context.</param>
    /// <param name="state">The inner stack.</param>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>The dialogs this context can start.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The stack, top at index 0.</summary>
    public IList<DialogInstance> Stack { get; }

    /// <summary>The outer context, for an inner one; dialogs not found here are looked up there.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>The dialog on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The inner context of the active dialog, when it is a container.</summary>
    public DialogContext? Child => ActiveDialog is { } active && FindDialog(active.Id) is DialogContainer container
        ? container.CreateChildContext(this)
        : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <param name="dialogId">The dialog to start.</param>
    /// <param name="options">Passed to the dialog.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether it waits, or finished.</returns>
    /// <exception cref="InvalidOperationException">No dialog with <paramref name="dialogId"/> is in this set or its parents; the message lists what the set holds.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId) ?? throw UnknownDialog(dialogId, nameof(BeginDialogAsync));

        // The entry goes on the stack before the dialog begins, so the dialog finds its own state
        // as ActiveDialog and can push children above itself.
        Stack.Insert(0, new DialogInstance { Id = dialogId, State = new Dictionary<string, object>() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Begins a prompt; the same as <see cref="BeginDialogAsync"/> with typed options.</summary>
    /// <param name="dialogId">The prompt to start.</param>
    /// <param name="options">What to ask.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether it waits, or finished.</returns>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Gives the current activity, of any type, to the active dialog.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Empty when nothing is running; otherwise what the dialog returned.</returns>
    /// <exception cref="InvalidOperationException">The saved stack names a dialog this set (and its parents) does not hold.</exception>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(active.Id) ?? throw UnknownDialog(active.Id, nameof(ContinueDialogAsync));
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog with <paramref name="result"/> and resumes the one below it.</summary>
    /// <param name="result">The value to hand to the parent.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the parent returned, or Complete when the stack is now empty.</returns>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindDialog(parent.Id) ?? throw UnknownDialog(parent.Id, nameof(EndDialogAsync));
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack, top first.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Cancelled, or Empty when nothing was running.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog and begins <paramref name="dialogId"/> in its place (loops, restarts).</summary>
    /// <param name="dialogId">The dialog to start.</param>
    /// <param name="options">Passed to the new dialog.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether it waits, or finished.</returns>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        var dialog = FindDialog(active.Id) ?? throw UnknownDialog(active.Id, nameof(RepromptDialogAsync));
        await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds <paramref name="dialogId"/> here or in an outer context.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        // A dialog missing from this version of the code can still be removed from the stack.
        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }

    private InvalidOperationException UnknownDialog(string dialogId, string operation)
    {
        // Usually a missing AddDialog, or state saved by a version of the bot that had a dialog this
        // one no longer has: naming what the set does hold makes either obvious from the log.
        var known = Dialogs.GetDialogs().Select(d => d.Id).ToList();
        return new InvalidOperationException(
            $"DialogContext.{operation}(): no dialog with the id '{dialogId}' is in this dialog set or its parents. " +
            $"This set holds: {(known.Count == 0 ? "(nothing)" : string.Join(", ", known.Select(id => $"'{id}'")))}.");
    }
}
