using Azure.Data.Tables;
using CoachBot.Dialogs.Ratings;
using CoachBot.Exports;
using CoachBot.Storage;
using CoachBot.Testing;
using CoachBot.Tests.DirectLine;

namespace CoachBot.Tests.Exports;

/// <summary>The real host with its own ratings and links tables and a clock the test moves.</summary>
internal sealed class ExportHost : IAsyncDisposable
{
    private readonly CoachBotFactory _factory;

    public ExportHost(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var ratingsTable = azurite.UniqueTableName("exratings");
        var all = new Dictionary<string, string?>
        {
            ["Storage:PainRatingsTable"] = ratingsTable,
            ["Storage:ExportLinksTable"] = azurite.UniqueTableName("exlinks"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("exstate"), all, Clock);
        Client = _factory.CreateClient();
        PainLog = new TablePainLog(new TableClient(azurite.ConnectionString, ratingsTable));
    }

    public SettableClock Clock { get; } = new();

    public HttpClient Client { get; }

    /// <summary>The same PainRatings table the host reads, for seeding.</summary>
    public TablePainLog PainLog { get; }

    public ExportLinkService Links => (ExportLinkService)_factory.Services.GetService(typeof(ExportLinkService))!;

    public async Task SeedAsync(IEnumerable<PainRating> ratings)
    {
        foreach (var rating in ratings)
        {
            Assert.True(await PainLog.RecordAsync(rating, default));
        }
    }

    /// <summary>Makes a link the way a dialog would and returns its path on this host.</summary>
    public async Task<string> LinkPathAsync(string userKey, string? notes = null) =>
        (await Links.CreateLinkAsync(userKey, notes)).AbsolutePath;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
