using CoachBot.Dialogs.Ratings;

namespace CoachBot.Dialogs.Tests.Ratings;

/// <summary>The pain log in memory, keeping what the dialogs store; the table-backed one is tested against Azurite.</summary>
internal sealed class MemoryPainLog : IPainLog
{
    /// <summary>Every rating kept, in order.</summary>
    public List<PainRating> Ratings { get; } = [];

    public Task<bool> RecordAsync(PainRating rating, CancellationToken cancellationToken)
    {
        // The same delivery twice is one rating, as in the table.
        if (Ratings.Any(r => r.UserKey == rating.UserKey && r.DeliveryId == rating.DeliveryId))
        {
            return Task.FromResult(false);
        }

        Ratings.Add(rating);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<PainRating>> ListAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PainRating>>(Ratings.Where(r => r.UserKey == userKey).ToList());

    public Task<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult(Ratings.RemoveAll(r => r.UserKey == userKey));
}
