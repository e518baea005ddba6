using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Timing;

/// <summary>
/// Which conversations can change a message already shown, so a timed hold redraws one card
/// instead of sending a message per cue. Teams can; Azure's Direct Line cannot (Web Chat there
/// gets a message per cue); the host says which others can, such as its local Direct Line.
/// </summary>
public sealed class MessageUpdates
{
    private readonly Func<IActivity, bool> _canUpdate;

    /// <summary>Updates where <paramref name="canUpdate"/> says so, and always in Teams.</summary>
    /// <param name="canUpdate">True for an incoming activity whose conversation can update.</param>
    public MessageUpdates(Func<IActivity, bool> canUpdate)
    {
        _canUpdate = canUpdate ?? throw new ArgumentNullException(nameof(canUpdate));
    }

    /// <summary>Updates in Teams only.</summary>
    public static MessageUpdates TeamsOnly { get; } = new(_ => false);

    /// <summary>True when the conversation of <paramref name="activity"/> can update a sent message.</summary>
    /// <param name="activity">The activity of the turn.</param>
    /// <returns>Whether to update rather than send again.</returns>
    public bool CanUpdate(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId == Channels.Msteams || _canUpdate(activity);
    }
}
