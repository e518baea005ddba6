namespace CoachBot.Storage;

/// <summary>
/// Thrown when a write carried an ETag that no longer matches the stored item: someone else wrote
/// it since it was read. The caller should read again and retry, or give up.
/// </summary>
public sealed class StorageConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageConflictException(Exception inner)
        : base("The item was changed by another writer since it was read (ETag mismatch).", inner)
    {
    }
}
