using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Ratings;

/// <summary>The key a person's records are filed under: their channel and their id on it.</summary>
public static class UserKeys
{
    /// <summary>The key for the sender of <paramref name="activity"/>.</summary>
    public static string For(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}/users/{activity.From?.Id}";
    }
}
