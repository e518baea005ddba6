using Microsoft.Bot.Connector;

namespace CoachBot.Waterfall.Choices;

/// <summary>
/// What each channel can show, so choices are rendered as something the person can tap. Web Chat,
/// Direct Line, the Emulator and the test channel show suggested actions and card buttons. Teams
/// shows suggested actions in a personal (one-to-one) chat and only the first three of them, so
/// more than three, or a group chat, falls back to a hero card (three buttons at most as well).
/// </summary>
public static class Channel
{
    /// <summary>The conversation type Teams gives a one-to-one chat with the bot.</summary>
    public const string PersonalConversation = "personal";

    /// <summary>True when <paramref name="channelId"/> shows <paramref name="buttonCount"/> suggested actions.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="buttonCount">How many buttons.</param>
    /// <returns>Whether suggested actions work there.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) =>
        SupportsSuggestedActions(channelId, buttonCount, null);

    /// <summary>
    /// True when <paramref name="channelId"/> shows <paramref name="buttonCount"/> suggested actions
    /// in a conversation of <paramref name="conversationType"/>. For Teams, a missing conversation
    /// type is taken as a personal chat, which is where this bot is installed.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="buttonCount">How many buttons.</param>
    /// <param name="conversationType">The activity's conversation type ("personal", "groupChat", "channel").</param>
    /// <returns>Whether suggested actions work there.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount, string? conversationType) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 10,
        Channels.Line => buttonCount <= 13,
        Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.Webchat or Channels.DirectlineSpeech or Channels.Test => buttonCount <= 100,
        Channels.Msteams => buttonCount <= 3 && (conversationType is null || string.Equals(conversationType, PersonalConversation, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>True when <paramref name="channelId"/> shows <paramref name="buttonCount"/> buttons on a card.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="buttonCount">How many buttons.</param>
    /// <returns>Whether card buttons work there.</returns>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype or Channels.Msteams => buttonCount <= 3,
        Channels.Line => buttonCount <= 99,
        Channels.Slack or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat or Channels.Test => buttonCount <= 100,
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="channelId"/> renders Adaptive Cards 1.5 with buttons that answer as
    /// the person: Teams, Web Chat over Direct Line, the Emulator and the test channel.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <returns>Whether a choice card works there.</returns>
    public static bool SupportsAdaptiveCards(string? channelId) => channelId is
        Channels.Msteams or Channels.Webchat or Channels.Directline or Channels.Emulator or Channels.Test;

    /// <summary>The longest button title worth showing; longer choices are listed in the text instead.</summary>
    /// <param name="channelId">The channel.</param>
    /// <returns>The length in characters.</returns>
    public static int MaxActionTitleLength(string? channelId) => 20;
}
