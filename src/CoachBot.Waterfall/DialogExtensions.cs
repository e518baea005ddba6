using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>Runs a dialog as the root of a conversation.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the dialog stack stored in <paramref name="accessor"/> with the current activity,
    /// or begins <paramref name="dialog"/> when nothing is running.
    /// </summary>
    /// <param name="dialog">The root dialog.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="accessor">The conversation-state property holding the stack ("DialogState").</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task.</returns>
    public static async Task RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var dialogs = new DialogSet(accessor);
        dialogs.Add(dialog);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }
    }
}
