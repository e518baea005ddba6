using Azure;

namespace CoachBot.Bot;

/// <summary>Tells a failure of storage (no answer, refused, timed out) from a fault in the coach itself.</summary>
public static class StorageFailure
{
    /// <summary>True when <paramref name="exception"/>, or anything it wraps, is storage not answering.</summary>
    public static bool Caused(Exception? exception) => exception switch
    {
        null => false,
        // No answer (status 0), a timeout, throttling or a server error; a 4xx answer is a real reply.
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500,
        // Azure.Core reports its network timeout as a cancelled task, and a retried one as an
        // AggregateException of them.
        TimeoutException or HttpRequestException or OperationCanceledException => true,
        AggregateException all => all.InnerExceptions.Any(Caused),
        _ => Caused(exception.InnerException),
    };
}
