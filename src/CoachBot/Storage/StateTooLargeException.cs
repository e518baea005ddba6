namespace CoachBot.Storage;

/// <summary>
/// Thrown when one item of bot state no longer fits in a single table entity (1 MiB). It names the
/// size, never the content or the key, because state holds personal data.
/// </summary>
public sealed class StateTooLargeException : InvalidOperationException
{
    /// <summary>Creates the exception for an item whose JSON is <paramref name="bytes"/> long.</summary>
    public StateTooLargeException(long bytes, long limit)
        : base($"A bot state item serializes to {bytes / 1024} KiB, but one Azure Table entity holds at most 1 MiB " +
               $"(about {limit / 1024} KiB of state once keys and headers are counted). " +
               "Keep large or growing data (logs, histories) in their own tables, not in bot state.")
    {
        Bytes = bytes;
    }

    /// <summary>The serialized size that was refused, in bytes.</summary>
    public long Bytes { get; }
}
