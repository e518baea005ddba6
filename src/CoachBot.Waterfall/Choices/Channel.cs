using Microsoft.Bot.Connector;

namespace CoachBot.Waterfall.Choices;

/// <summary>What each channel can show, to pick how choices are rendered.</summary>
public static class Channel
{
    /// <summary>True when <paramref name="channelId"/> shows <paramref name="buttonCount"/> suggested actions.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="buttonCount">How many buttons.</param>
    /// <returns>Whether suggested actions work there.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 10,
        Channels.Line => buttonCount <= 13,
        Channels.Kik => buttonCount <= 20,
        Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.Webchat or Channels.DirectlineSpeech or Channels.Test => buttonCount <= 100,

        // Teams shows suggested actions in personal chats, up to six.
        Channels.Msteams => buttonCount <= 6,
        _ => false,
    };

    /// <summary>True when <paramref name="channelId"/> shows <paramref name="buttonCount"/> buttons on a card.</summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="buttonCount">How many buttons.</param>
    /// <returns>Whether card buttons work there.</returns>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 3,
        Channels.Msteams => buttonCount <= 6,
        Channels.Line => buttonCount <= 99,
        Channels.Slack or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat or Channels.Cortana or Channels.Test => buttonCount <= 100,
        _ => false,
    };
}
