using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests;

/// <summary>
/// One dialog on its own, as the official samples test theirs: DialogTestClient over
/// MemoryStorage, the shipped English content, no host, no HTTP, no Azurite. The conversation
/// tests in CoachBot.Tests walk the same dialogs end to end through the real host.
/// </summary>
internal static class DialogTests
{
    /// <summary>The shipped content.</summary>
    public static ContentLibrary Library { get; } = ContentLibrary.Load(ContentLibrary.DefaultRoot);

    /// <summary>The shipped English content, to assert through text keys rather than wording.</summary>
    public static LanguageContent English { get; } = Library.For("en-US");

    /// <summary>A client running <paramref name="dialog"/> begun with <paramref name="options"/>, saving <paramref name="userState"/> each turn.</summary>
    public static DialogTestClient Client(Dialog dialog, object? options = null, UserState? userState = null) =>
        Client(dialog, options, "en-US", userState);

    /// <summary>A client as above whose person writes from <paramref name="locale"/>.</summary>
    public static DialogTestClient Client(Dialog dialog, object? options, string locale, UserState? userState = null)
    {
        var adapter = new TestAdapter(Channels.Test) { Locale = locale };
        var middlewares = userState is null ? null : new IMiddleware[] { new AutoSaveStateMiddleware(userState) };
        return new DialogTestClient(adapter, dialog, options, middlewares);
    }

    /// <summary>Sends <paramref name="text"/> and returns every reply of that turn.</summary>
    public static Task<List<string>> SayAsync(DialogTestClient client, string text) =>
        SendAsync(client, MessageFactory.Text(text));

    /// <summary>Sends <paramref name="activity"/> (a message, a timer's event) and returns every reply of that turn.</summary>
    public static async Task<List<string>> SendAsync(DialogTestClient client, IActivity activity)
    {
        // The adapter's locale is the person's, as a channel would stamp it on what they send.
        if (activity is Activity { Locale: null } unstamped)
        {
            unstamped.Locale = client.Adapter.Locale;
        }

        var replies = new List<string>();
        var reply = await client.SendActivityAsync<IMessageActivity>(activity);
        while (reply is not null)
        {
            replies.Add(reply.Text ?? string.Empty);
            reply = client.GetNextReply<IMessageActivity>();
        }

        return replies;
    }
}
