namespace CoachBot.Waterfall.Tests;

/// <summary>A single turn and a dialog context over a root set, for tests that drive the stack directly.</summary>
internal static class Turns
{
    public static async Task<(DialogContext Dc, TestAdapter Adapter)> ContextAsync(Activity activity, DialogState? state, params Dialog[] dialogs)
    {
        var adapter = new TestAdapter(Channels.Test);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId = Channels.Test;
        activity.Conversation = adapter.Conversation.Conversation;
        activity.From = adapter.Conversation.User;
        activity.Recipient = adapter.Conversation.Bot;
        var turn = new TurnContext(adapter, activity);
        var accessor = new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("DialogState");
        if (state is not null)
        {
            await accessor.SetAsync(turn, state);
        }

        var set = new DialogSet(accessor);
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return (await set.CreateContextAsync(turn), adapter);
    }

    /// <summary>The texts of every reply not read yet, in order.</summary>
    public static List<string?> Texts(TestAdapter adapter)
    {
        var texts = new List<string?>();
        while (adapter.GetNextReply() is { } reply)
        {
            texts.Add(reply.AsMessageActivity()?.Text);
        }

        return texts;
    }
}
