using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Bot;

/// <summary>
/// The event the Web Chat page sends once its Direct Line connects, carrying the browser's locale.
/// Direct Line's own conversationUpdate carries no locale, and it goes out before the person has
/// typed anything, so a welcome sent on it could only guess the language. When neither the
/// activity nor the person's profile says the language, the welcome waits for this event, or for
/// the first message, whichever comes first: both carry the locale.
/// </summary>
public static class WebChatJoin
{
    /// <summary>The event's name, as the page sends it.</summary>
    public const string EventName = "webchat/join";

    /// <summary>True when <paramref name="activity"/> is the page's join event.</summary>
    public static bool Is(IActivity activity) =>
        activity is Activity { Type: ActivityTypes.Event, Name: EventName };

    /// <summary>True when a welcome on <paramref name="activity"/> would have to guess the language: Direct Line, no locale.</summary>
    public static bool WelcomeWaits(IActivity activity) =>
        activity is Activity { ChannelId: Channels.Directline } direct && string.IsNullOrWhiteSpace(direct.Locale);
}
