using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace CoachBot.Testing;

/// <summary>
/// Runs one dialog as the root of a test conversation over <see cref="TestAdapter"/>, the way the
/// bot runs it: each activity loads the stack from conversation state, continues the active dialog
/// (or begins the target dialog when nothing runs) and saves the state again. The shape follows
/// Microsoft.Bot.Builder.Testing.DialogTestClient, so tests move over unchanged if we swap to it.
/// </summary>
public class DialogTestClient
{
    /// <summary>The conversation-state property the stack is kept in, as the bot names it.</summary>
    public const string DialogStatePropertyName = "DialogState";

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;

    /// <summary>Creates a client on a new test conversation in <paramref name="channelId"/>.</summary>
    /// <param name="channelId">The channel to pretend to be ("test", "webchat", "msteams", ...); it decides how choices are rendered.</param>
    /// <param name="targetDialog">The dialog under test, begun on the first activity.</param>
    /// <param name="initialDialogOptions">Options the dialog is begun with.</param>
    /// <param name="middlewares">Middleware to add to the adapter, in order.</param>
    /// <param name="conversationState">
    /// Where the stack lives; a new one over <see cref="MemoryStorage"/> when null. Pass a
    /// <see cref="ConversationState"/> over another <see cref="IStorage"/> (Azure Table storage,
    /// say) to check that dialog state survives that store between every turn.
    /// </param>
    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId ?? throw new ArgumentNullException(nameof(channelId))), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    /// <summary>Creates a client on a test adapter the caller prepared (a locale, a conversation reference).</summary>
    /// <param name="testAdapter">The adapter.</param>
    /// <param name="targetDialog">The dialog under test, begun on the first activity.</param>
    /// <param name="initialDialogOptions">Options the dialog is begun with.</param>
    /// <param name="middlewares">Middleware to add to the adapter, in order.</param>
    /// <param name="conversationState">Where the stack lives; a new one over <see cref="MemoryStorage"/> when null.</param>
    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(testAdapter);
        ArgumentNullException.ThrowIfNull(targetDialog);
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());

        // Saving after every turn is what makes each turn read the stack back from storage, which
        // is the point of testing against a serializing store.
        _adapter = testAdapter;
        _adapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            _adapter.Use(middleware);
        }

        var dialogState = ConversationState.CreateProperty<DialogState>(DialogStatePropertyName);
        _callback = async (turnContext, cancellationToken) =>
        {
            var dialogs = new DialogSet(dialogState);
            dialogs.Add(targetDialog);
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
            DialogContext = dc;
            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            if (result.Status == DialogTurnStatus.Empty)
            {
                result = await dc.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken).ConfigureAwait(false);
            }

            DialogTurnResult = result;
        };
    }

    /// <summary>The adapter the conversation runs on (for its locale and conversation reference).</summary>
    public TestAdapter Adapter => _adapter;

    /// <summary>The context of the last turn; null before the first activity.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>What the dialog stack returned on the last turn; null before the first activity.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The conversation state the stack is saved in.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>Sends <paramref name="activity"/> (any type: a message, an event, ...) and returns the first reply.</summary>
    /// <typeparam name="T">The reply's activity type, usually <see cref="IMessageActivity"/>.</typeparam>
    /// <param name="activity">The activity; the adapter fills in the conversation, ids and timestamp.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The first reply of the turn, or null when the bot sent none.</returns>
    public virtual async Task<T> SendActivityAsync<T>(IActivity activity, CancellationToken cancellationToken = default)
        where T : IActivity
    {
        ArgumentNullException.ThrowIfNull(activity);
        await _adapter.ProcessActivityAsync((Activity)activity, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>Sends a message with <paramref name="text"/> and returns the first reply.</summary>
    /// <typeparam name="T">The reply's activity type, usually <see cref="IMessageActivity"/>.</typeparam>
    /// <param name="text">What the person types.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>The first reply of the turn, or null when the bot sent none.</returns>
    public virtual async Task<T> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : IActivity
    {
        await _adapter.SendTextToBotAsync(text, _callback, cancellationToken).ConfigureAwait(false);
        return GetNextReply<T>();
    }

    /// <summary>The next reply not yet read, or null when there is none.</summary>
    /// <typeparam name="T">The reply's activity type.</typeparam>
    /// <returns>The reply, or null.</returns>
    public virtual T GetNextReply<T>()
        where T : IActivity
    {
        var reply = _adapter.GetNextReply();
        return reply is null ? default! : (T)reply;
    }
}
