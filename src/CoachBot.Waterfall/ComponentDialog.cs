using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall;

/// <summary>
/// A dialog made of dialogs: it keeps an inner stack in its own state (key "dialogs"), starts
/// <see cref="InitialDialogId"/> on begin, and ends when the inner stack empties. Override
/// <see cref="OnContinueDialogAsync"/> to look at every activity first, for interruptions.
/// </summary>
public class ComponentDialog : DialogContainer
{
    /// <summary>The key of the inner stack in the component's state (the official name).</summary>
    public const string PersistedDialogState = "dialogs";

    /// <summary>Creates the component.</summary>
    /// <param name="dialogId">Its id.</param>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started on begin; by default the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerState = new DialogState();
        outerDc.ActiveDialog!.State[PersistedDialogState] = innerState;
        var innerDc = new DialogContext(Dialogs, outerDc, innerState);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, result.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerDc(outerDc, outerDc.ActiveDialog!);
        var result = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, result.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        // Something was pushed on the outer stack above this component and has ended: the inner
        // dialog is still where it was, so it only needs to ask again.
        ArgumentNullException.ThrowIfNull(outerDc);
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = CreateInnerDc(turnContext, instance);
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerDc(turnContext, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds an inner dialog; the first one added becomes the initial dialog.</summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This component.</returns>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc />
    public override DialogContext? CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is { } active ? CreateInnerDc(dc, active) : null;
    }

    /// <summary>Starts the inner dialogs; by default <see cref="InitialDialogId"/> with the options.</summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="options">The options the component was begun with.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The inner result.</returns>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."), options, cancellationToken);
    }

    /// <summary>Gives the activity to the inner stack. Override to intercept (help, cancel, red flags).</summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The inner result.</returns>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Called when the component ends, after its inner stack was cancelled if it was.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="instance">The component's stack entry.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Called after the inner dialog was asked to re-prompt.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The component's stack entry.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Ends the component with <paramref name="result"/> once its inner stack is done.</summary>
    /// <param name="outerDc">The outer context.</param>
    /// <param name="result">The result.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The outer result.</returns>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance) =>
        new(Dialogs, outerDc, InnerState(instance));

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance)
    {
        // State saved without type names comes back as JSON; it is converted once and kept typed.
        switch (instance.State.TryGetValue(PersistedDialogState, out var stored) ? stored : null)
        {
            case DialogState state:
                return state;
            case JObject json:
                var converted = json.ToObject<DialogState>() ?? new DialogState();
                instance.State[PersistedDialogState] = converted;
                return converted;
            default:
                var empty = new DialogState();
                instance.State[PersistedDialogState] = empty;
                return empty;
        }
    }
}
