using System.Globalization;
using Microsoft.Bot.Schema;

namespace CoachBot.DirectLine;

/// <summary>
/// One local Direct Line conversation: who it is for, and the activities its client has not
/// necessarily read yet (the person's echoed activities and the bot's replies), numbered so that
/// a client polling or reconnecting with a watermark gets each one once. Thread-safe: the
/// client's requests, the bot's replies and proactive messages arrive concurrently.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly List<Activity> _activities = [];
    private readonly Dictionary<string, DirectLineAttachment> _attachments = new(StringComparer.Ordinal);
    private readonly int _maxActivities;
    private long _firstSequence;
    private long _uploadedBytes;
    private bool _started;
    private DateTimeOffset _lastUsed;

    // Replaced on every append; stream readers await the current one to learn that there is more.
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates an empty, not yet started conversation.</summary>
    public DirectLineConversation(string id, string userId, int maxActivities, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxActivities, 1);
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _lastUsed = now;
    }

    /// <summary>The conversation id, as clients and the bot see it.</summary>
    public string Id { get; }

    /// <summary>The person this conversation belongs to (from the token, else chosen at creation).</summary>
    public string UserId { get; }

    /// <summary>When a client or the bot last used the conversation.</summary>
    public DateTimeOffset LastUsed
    {
        get { lock (_gate) { return _lastUsed; } }
    }

    /// <summary>Records that the conversation is in use, which keeps it from expiring.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (_gate)
        {
            if (now > _lastUsed)
            {
                _lastUsed = now;
            }
        }
    }

    /// <summary>
    /// Marks the conversation started. Returns false when it already was, so that only the first
    /// POST conversations greets the bot with a conversationUpdate.
    /// </summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_started)
            {
                return false;
            }

            _started = true;
            return true;
        }
    }

    /// <summary>
    /// Gives <paramref name="activity"/> the next id (unless <paramref name="keepId"/>, for
    /// updates of an earlier activity) and queues it for the client. Returns the id.
    /// </summary>
    public string Append(Activity activity, DateTimeOffset now, bool keepId = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource appended;
        lock (_gate)
        {
            var sequence = _firstSequence + _activities.Count;
            if (!keepId || string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = Id + "|" + sequence.ToString("D7", CultureInfo.InvariantCulture);
            }

            activity.Conversation = new ConversationAccount(id: Id);

            // An update keeps the time of the message it replaces: Web Chat orders by timestamp, so
            // the redrawn message stays where the person saw it instead of jumping to the end.
            var replaced = keepId ? _activities.LastOrDefault(a => a.Id == activity.Id) : null;
            activity.Timestamp = replaced?.Timestamp ?? activity.Timestamp ?? now;
            _activities.Add(activity);

            // Only the newest are kept: a client that was away longer starts from what is left.
            if (_activities.Count > _maxActivities)
            {
                _activities.RemoveAt(0);
                _firstSequence++;
            }

            _lastUsed = now > _lastUsed ? now : _lastUsed;
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.SetResult();
        return activity.Id;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> (an absent or unreadable watermark means
    /// from the start). Typing indicators are left out unless <paramref name="includeTyping"/>:
    /// Direct Line sends them over the WebSocket only.
    /// </summary>
    public DirectLineActivitySet Read(string? watermark, bool includeTyping)
    {
        lock (_gate)
        {
            var next = _firstSequence + _activities.Count;
            var from = Math.Clamp(ParseWatermark(watermark), _firstSequence, next);
            var activities = _activities
                .Skip((int)(from - _firstSequence))
                .Where(activity => includeTyping || activity.Type != ActivityTypes.Typing)
                .ToList();
            return new DirectLineActivitySet(activities, next.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Completes when an activity after <paramref name="watermark"/> is available.</summary>
    public Task WaitForActivitiesAfterAsync(string watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ParseWatermark(watermark) < _firstSequence + _activities.Count
                ? Task.CompletedTask
                : _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Keeps an uploaded file and returns the key it is served under; false when the
    /// conversation's upload allowance (<paramref name="maxBytes"/>) would be exceeded.
    /// </summary>
    public bool TryAddAttachment(DirectLineAttachment attachment, long maxBytes, out string key)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        lock (_gate)
        {
            key = string.Empty;
            if (_uploadedBytes + attachment.Content.LongLength > maxBytes)
            {
                return false;
            }

            // The key is the only credential for the file (browsers load images without headers).
            key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            _attachments[key] = attachment;
            _uploadedBytes += attachment.Content.LongLength;
            return true;
        }
    }

    /// <summary>Finds an uploaded file by its key.</summary>
    public DirectLineAttachment? FindAttachment(string key)
    {
        lock (_gate)
        {
            return _attachments.GetValueOrDefault(key);
        }
    }

    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
