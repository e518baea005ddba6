using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace CoachBot.Benchmarks;

/// <summary>
/// Counts the requests a TableClient sends, per table: GET as a read, PUT/MERGE/PATCH/POST/DELETE
/// as a write. Added per retry, so a retried request counts each time it goes on the wire.
/// </summary>
public sealed class TableRequestCounter : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, Counts> _tables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads and writes per table since the last <see cref="Reset"/>.</summary>
    public IReadOnlyDictionary<string, (long Reads, long Writes)> Snapshot() =>
        _tables.ToDictionary(t => t.Key, t => (Interlocked.Read(ref t.Value.Reads), Interlocked.Read(ref t.Value.Writes)));

    /// <summary>Bytes sent in write requests and received in read responses, per table, since the last reset.</summary>
    public IReadOnlyDictionary<string, (long BytesRead, long BytesWritten)> Bytes() =>
        _tables.ToDictionary(t => t.Key, t => (Interlocked.Read(ref t.Value.BytesRead), Interlocked.Read(ref t.Value.BytesWritten)));

    /// <summary>Reads and writes of one table since the last reset.</summary>
    public (long Reads, long Writes) For(string table) =>
        _tables.TryGetValue(table, out var c) ? (Interlocked.Read(ref c.Reads), Interlocked.Read(ref c.Writes)) : (0, 0);

    /// <summary>Starts counting from zero.</summary>
    public void Reset() => _tables.Clear();

    /// <inheritdoc />
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var counts = Count(message);
        ProcessNext(message, pipeline);
        CountResponse(message, counts);
    }

    /// <inheritdoc />
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var counts = Count(message);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        CountResponse(message, counts);
    }

    private static void CountResponse(HttpMessage message, Counts counts)
    {
        if (message.HasResponse && message.Request.Method == RequestMethod.Get && message.Response.ContentStream is { CanSeek: true } body)
        {
            Interlocked.Add(ref counts.BytesRead, body.Length);
        }
    }

    private Counts Count(HttpMessage message)
    {
        var counts = _tables.GetOrAdd(TableOf(message.Request.Uri.Path), _ => new Counts());
        if (message.Request.Method == RequestMethod.Get || message.Request.Method == RequestMethod.Head)
        {
            Interlocked.Increment(ref counts.Reads);
        }
        else
        {
            Interlocked.Increment(ref counts.Writes);
            if (message.Request.Content is { } content && content.TryComputeLength(out var length))
            {
                Interlocked.Add(ref counts.BytesWritten, length);
            }
        }

        return counts;
    }

    // "/devstoreaccount1/BotState(PartitionKey='a',RowKey='b')" -> "BotState"; "/devstoreaccount1/$batch" -> "$batch".
    private static string TableOf(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segment = segments.Length switch
        {
            0 => string.Empty,
            1 => segments[0],
            _ => segments[1],
        };
        var paren = segment.IndexOf('(', StringComparison.Ordinal);
        return paren >= 0 ? segment[..paren] : segment;
    }

    private sealed class Counts
    {
        public long Reads;
        public long Writes;
        public long BytesRead;
        public long BytesWritten;
    }
}
