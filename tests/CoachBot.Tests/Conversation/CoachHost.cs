using Azure.Data.Tables;
using CoachBot.Storage;
using CoachBot.Testing;

namespace CoachBot.Tests.Conversation;

/// <summary>
/// The real host on test Azurite tables with a recording channel and a fast clock scale
/// (Coach:TimeScale 0.01: a 60-second release takes 0.6 s).
/// </summary>
public sealed class CoachHost : IAsyncDisposable
{
    private readonly RecordingChannel _channel;
    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;
    private readonly TableClient _ratings;

    private CoachHost(RecordingChannel channel, CoachBotFactory factory, TableClient ratings)
    {
        _channel = channel;
        _factory = factory;
        _ratings = ratings;
        _client = factory.CreateClient();
    }

    /// <summary>The running host's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>An HTTP client for the host (export links, health).</summary>
    public HttpClient Client => _client;

    /// <summary>The channel every reply reaches.</summary>
    public RecordingChannel Channel => _channel;

    /// <summary>Starts a host whose tables are named after <paramref name="tablePrefix"/>.</summary>
    public static async Task<CoachHost> StartAsync(AzuriteFixture azurite, string tablePrefix, IReadOnlyDictionary<string, string?>? settings = null, RecordingChannel? channel = null, TimeProvider? time = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configureServices = null)
    {
        channel ??= await RecordingChannel.StartAsync();
        var all = new Dictionary<string, string?>
        {
            ["Coach:TimeScale"] = "0.01",
            ["Storage:PainRatingsTable"] = tablePrefix + "Ratings",
            ["Storage:ReleaseTimersTable"] = tablePrefix + "Timers",
            ["Storage:CheckInsTable"] = tablePrefix + "CheckIns",
            ["Storage:ExportLinksTable"] = tablePrefix + "Exports",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new CoachBotFactory(azurite.ConnectionString, tablePrefix + "State", all, time, configureServices);
        return new CoachHost(channel, factory, new TableClient(azurite.ConnectionString, tablePrefix + "Ratings"));
    }

    /// <summary>The pain ratings stored for <paramref name="userKey"/>, oldest first, read straight from the table.</summary>
    public async Task<List<TableEntity>> StoredRatingsAsync(string userKey)
    {
        await _ratings.CreateIfNotExistsAsync();
        var partition = TableKeyEncoder.Encode(userKey);
        var ratings = new List<TableEntity>();
        await foreach (var entity in _ratings.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            if (entity.ContainsKey("Rating"))
            {
                ratings.Add(entity);
            }
        }

        return ratings.OrderBy(r => r.GetDateTimeOffset("RecordedAt")).ToList();
    }

    /// <summary>A new person in a new conversation.</summary>
    public CoachConversation NewConversation(string locale = "en-US") => new(_client, _channel, locale);

    /// <summary>The same person in the same conversation, as seen from this host (after a restart).</summary>
    public CoachConversation Continue(CoachConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        conversation.Client = _client;
        return conversation;
    }

    /// <summary>Stops the host; the channel stays open unless <paramref name="alsoChannel"/>.</summary>
    public async Task StopAsync(bool alsoChannel = true)
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        if (alsoChannel)
        {
            await _channel.DisposeAsync();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();
}
