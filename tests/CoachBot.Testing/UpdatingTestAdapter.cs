using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace CoachBot.Testing;

/// <summary>
/// A test adapter that records every update of a sent message, as Teams would apply it, or refuses
/// them as a channel without updates does. The plain TestAdapter only updates replies not read yet.
/// </summary>
public sealed class UpdatingTestAdapter(string channelId) : TestAdapter(channelId)
{
    private readonly List<Activity> _updates = [];

    /// <summary>Every update, in order.</summary>
    public IReadOnlyList<Activity> Updates
    {
        get
        {
            lock (_updates)
            {
                return [.. _updates];
            }
        }
    }

    /// <summary>When true, an update fails as Azure's Direct Line answers one.</summary>
    public bool RefusesUpdates { get; set; }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (RefusesUpdates)
        {
            throw new ErrorResponseException("This channel cannot update a sent message.");
        }

        lock (_updates)
        {
            _updates.Add(activity);
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }
}
