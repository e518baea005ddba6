namespace CoachBot.DirectLine;

/// <summary>
/// Settings of the "DirectLine" configuration section: the local Direct Line 3.0 that lets Web Chat
/// talk to this host without Azure, and the Azure Direct Line secret the production page's token
/// endpoint exchanges.
/// </summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section these settings are read from.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>The default Azure Direct Line endpoint (regional ones exist, such as europe.directline.botframework.com).</summary>
    public const string DefaultAzureEndpoint = "https://directline.botframework.com";

    /// <summary>
    /// Whether the local Direct Line is served. Unset means on in Development and off elsewhere,
    /// because in production Azure Direct Line fronts the bot.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>
    /// Whether callers other than this machine may use the local Direct Line. Off by default: it
    /// has no real authentication of its own, so it is safe only on loopback.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <summary>
    /// An optional secret for the local Direct Line's tokens/generate and conversations calls.
    /// When unset, anyone who can reach it (by default only this machine) may start a conversation.
    /// </summary>
    public string? LocalSecret { get; set; }

    /// <summary>
    /// The key that signs local tokens. When unset a random key is made per process, so tokens do
    /// not survive a restart (neither do the in-memory conversations they are bound to).
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>
    /// The key that signs the identity the Web Chat page keeps in the browser. When unset, a random
    /// key is made once and kept in the HostKeys table, so identities survive restarts and are the
    /// same on every instance.
    /// </summary>
    public string? IdentityKey { get; set; }

    /// <summary>How long a local token is valid; Azure Direct Line uses 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation no one has used for this long is forgotten.</summary>
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>At most this many conversations are kept; the least recently used go first.</summary>
    public int MaxConversations { get; set; } = 1_000;

    /// <summary>At most this many activities are kept per conversation for clients that reconnect.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 1_000;

    /// <summary>The largest upload (all files of one request together).</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most a conversation keeps in uploaded files; uploads are held in memory.</summary>
    public long MaxUploadBytesPerConversation { get; set; } = 16 * 1024 * 1024;

    /// <summary>How often an idle WebSocket gets an empty frame, so proxies and browsers keep it open.</summary>
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The serviceUrl the bot replies to. When unset it is this host's own address as seen by the
    /// caller's connection, which always reaches this same process.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The bot's account on the local Direct Line (the recipient of what the person sends).</summary>
    public string BotId { get; set; } = "coachbot";

    /// <summary>The bot's display name on the local Direct Line.</summary>
    public string BotName { get; set; } = "CoachBot";

    /// <summary>The Azure Direct Line secret (production). It is used server-side only and never sent to a browser.</summary>
    public string? Secret { get; set; }

    /// <summary>The Azure Direct Line endpoint the secret is exchanged at.</summary>
    public Uri AzureEndpoint { get; set; } = new(DefaultAzureEndpoint);

    /// <summary>Whether the local Direct Line is on in <paramref name="environment"/>.</summary>
    public bool IsEnabledIn(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Enabled ?? environment.IsDevelopment();
    }
}
