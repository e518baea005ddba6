using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Pictures;

/// <summary>
/// A message carrying a picture on an Adaptive Card, with its alt text for screen readers, where
/// the channel draws cards; elsewhere the words alone, which say the same.
/// </summary>
public static class PictureCard
{
    /// <summary>
    /// <paramref name="text"/> with the picture at <paramref name="url"/> below it where the channel
    /// draws cards. A choice prompt puts its buttons on the same card.
    /// </summary>
    /// <param name="channelId">The channel.</param>
    /// <param name="text">The words.</param>
    /// <param name="url">The picture.</param>
    /// <param name="altText">What the picture shows.</param>
    /// <returns>The message.</returns>
    public static Activity Message(string? channelId, string text, Uri? url, string altText)
    {
        var message = (Activity)MessageFactory.Text(text);
        if (url is not null && Channel.SupportsAdaptiveCards(channelId))
        {
            message.Attachments = [AdaptiveCard.ToAttachment(AdaptiveCard.Card([AdaptiveCard.Image(url, altText)]))];
        }

        return message;
    }
}
