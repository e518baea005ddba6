using Azure.Data.Tables;
using CoachBot.Dialogs.Ratings;
using CoachBot.Storage;
using CoachBot.Testing;

namespace CoachBot.Tests.Storage;

[Collection(AzuriteCollection.Name)]
public sealed class TablePainLogTests(AzuriteFixture azurite)
{
    private readonly TablePainLog _log = new(new TableClient(azurite.ConnectionString, azurite.UniqueTableName("pain")));

    [Fact]
    public async Task Ratings_come_back_oldest_first_with_every_contract_field()
    {
        var start = new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);
        await _log.RecordAsync(Rating("u1", start.AddMinutes(5), 3, PainRatingPhases.After, "d2"), default);
        await _log.RecordAsync(Rating("u1", start, 6, PainRatingPhases.Before, "d1"), default);

        var ratings = await _log.ListAsync("msteams/users/u1", default);

        Assert.Equal([6, 3], ratings.Select(r => r.Rating));
        var first = ratings[0];
        Assert.Equal(("before", "neck", "left", 0, "s1", "2026-11-25", "America/New_York", "msteams"),
            (first.Phase, first.Area, first.Side, first.ProgramDay, first.SessionId, first.LocalDate, first.TimeZone, first.Channel));
    }

    [Fact]
    public async Task The_same_delivery_is_stored_once_even_when_it_arrives_five_times_at_once()
    {
        var rating = Rating("u2", DateTimeOffset.UtcNow, 7, PainRatingPhases.Before, "same");

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _log.RecordAsync(rating with { RecordedAt = rating.RecordedAt.AddMilliseconds(i) }, default)));

        Assert.Single(results, stored => stored);
        Assert.Single(await _log.ListAsync("msteams/users/u2", default));
    }

    [Fact]
    public async Task Different_deliveries_are_all_kept()
    {
        var now = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _log.RecordAsync(Rating("u3", now.AddSeconds(i), i, PainRatingPhases.CheckIn, $"d{i}"), default)));

        Assert.Equal([0, 1, 2, 3, 4], (await _log.ListAsync("msteams/users/u3", default)).Select(r => r.Rating));
    }

    [Fact]
    public async Task Deleting_a_person_removes_their_ratings_and_leaves_others()
    {
        await _log.RecordAsync(Rating("u4", DateTimeOffset.UtcNow, 5, PainRatingPhases.Before, "a"), default);
        await _log.RecordAsync(Rating("u4", DateTimeOffset.UtcNow, 4, PainRatingPhases.After, "b"), default);
        await _log.RecordAsync(Rating("u5", DateTimeOffset.UtcNow, 2, PainRatingPhases.Before, "c"), default);

        var deleted = await _log.DeleteAllAsync("msteams/users/u4", default);

        Assert.Equal(2, deleted);
        Assert.Empty(await _log.ListAsync("msteams/users/u4", default));
        Assert.Single(await _log.ListAsync("msteams/users/u5", default));
        Assert.True(await _log.RecordAsync(Rating("u4", DateTimeOffset.UtcNow, 5, PainRatingPhases.Before, "a"), default));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public async Task A_rating_outside_0_to_10_is_refused(int value)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _log.RecordAsync(Rating("u6", DateTimeOffset.UtcNow, value, PainRatingPhases.Before, "x"), default));
    }

    private static PainRating Rating(string user, DateTimeOffset at, int value, string phase, string delivery) =>
        new($"msteams/users/{user}", at, value, phase, "neck", "left", 0, "s1", "2026-11-25", "America/New_York", "msteams", delivery);
}
