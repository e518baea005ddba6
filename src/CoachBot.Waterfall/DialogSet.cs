using Microsoft.Bot.Builder;

namespace CoachBot.Waterfall;

/// <summary>
/// The dialogs a context can start, by id. The root set is tied to the conversation-state property
/// that stores the stack; the inner set of a component has no property of its own.
/// </summary>
public class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Creates a root set whose stack lives in <paramref name="dialogState"/>.</summary>
    /// <param name="dialogState">The conversation-state property holding the stack.</param>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>Creates a set with no stack property, as a component's inner set.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog. Adding the same instance twice is harmless; another dialog with a taken id is an error.</summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This set.</returns>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A different dialog with the id '{dialog.Id}' is already in this set.", nameof(dialog));
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null when the set has none by that id.</returns>
    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Every dialog in the set.</summary>
    /// <returns>The dialogs.</returns>
    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads the stack for this turn and returns a context over it.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The dialog context.</returns>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set has no state property; create it with an IStatePropertyAccessor<DialogState>.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);

        // Storage that keeps no .NET type names hands the property back as JSON, and the accessor
        // converts it to a new object on every read, so changes to that object would be lost.
        // Setting it back makes the stack this turn changes the one that gets saved.
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
