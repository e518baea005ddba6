namespace CoachBot.Dialogs.Ratings;

/// <summary>
/// Where pain ratings live. Never bot state: state is last-writer-wins and a rating must not be lost.
/// </summary>
public interface IPainLog
{
    /// <summary>Stores <paramref name="rating"/>; false when the same delivery was already stored.</summary>
    Task<bool> RecordAsync(PainRating rating, CancellationToken cancellationToken);

    /// <summary>All of a person's ratings, oldest first.</summary>
    Task<IReadOnlyList<PainRating>> ListAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Deletes all of a person's ratings and returns how many there were.</summary>
    Task<int> DeleteAllAsync(string userKey, CancellationToken cancellationToken);
}
