using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// The base of every dialog: a named piece of conversation that can begin, continue with each new
/// activity, resume when a child it started ends, re-ask its question, and clean up when it ends.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it waits for the person's next activity.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    /// <summary>Creates a dialog with the given id.</summary>
    /// <param name="dialogId">A name unique within the dialog set it is added to.</param>
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    /// <summary>The dialog's id within its set.</summary>
    public string Id { get; set; }

    /// <summary>Starts the dialog; it is already on top of the stack.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="options">What the caller passed in.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether the dialog waits, or finished.</returns>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles a new activity while this dialog is on top. By default the dialog ends.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether the dialog waits, or finished.</returns>
    public virtual async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called when a dialog this one started has ended. By default the dialog ends with that result.</summary>
    /// <param name="dc">The dialog context.</param>
    /// <param name="reason">Why it resumes.</param>
    /// <param name="result">The child's result.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Whether the dialog waits, or finished.</returns>
    public virtual async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the dialog to repeat its question (after an interruption, say). By default nothing is sent.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The dialog's stack entry.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Called as the dialog leaves the stack, for clean-up.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The dialog's stack entry.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
