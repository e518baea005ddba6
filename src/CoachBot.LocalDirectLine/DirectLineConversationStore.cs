using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CoachBot.DirectLine;

/// <summary>
/// The local Direct Line's conversations, in memory. Bounded in two ways so that a long-running
/// local host cannot grow without end: idle conversations expire, and past the maximum count the
/// least recently used one is dropped. A proactive message to a forgotten conversation gets 404,
/// which tells the bot to stop scheduling for it, as Azure's ConversationNotFound does.
/// </summary>
public sealed class DirectLineConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates an empty store.</summary>
    public DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _time = time;
    }

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>Creates a conversation for <paramref name="userId"/> under a new random id.</summary>
    public DirectLineConversation Create(string userId)
    {
        var now = _time.GetUtcNow();
        RemoveExpired(now);
        while (_conversations.Count >= _options.MaxConversations && RemoveLeastRecentlyUsed())
        {
        }

        while (true)
        {
            // Unguessable like Azure's, though a token is still needed to use one.
            var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
            var conversation = new DirectLineConversation(id, userId, _options.MaxActivitiesPerConversation, now);
            if (_conversations.TryAdd(id, conversation))
            {
                return conversation;
            }
        }
    }

    /// <summary>Finds a conversation that has not expired, and marks it used.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversationId, conversation));
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastUsed >= _options.ConversationIdleTimeout;

    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var (id, conversation) in _conversations)
        {
            if (IsExpired(conversation, now))
            {
                _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(id, conversation));
            }
        }
    }

    private bool RemoveLeastRecentlyUsed()
    {
        var oldest = _conversations.Values.MinBy(conversation => conversation.LastUsed);
        return oldest is not null && _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(oldest.Id, oldest));
    }
}
