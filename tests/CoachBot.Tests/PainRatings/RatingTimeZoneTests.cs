using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.PainRatings;

/// <summary>A time zone that names no real zone ("America") never costs a rating and is never kept.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RatingTimeZoneTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("zone"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("America")]
    [InlineData("Europe")]
    [InlineData("Mars/Olympus_Mons")]
    public async Task A_session_from_a_client_with_a_bad_zone_keeps_both_ratings_and_not_the_zone(string zone)
    {
        var chat = _host.NewConversation();
        chat.TimeZone = zone;
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        await chat.SendAsync("4");

        var ratings = await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None);
        Assert.Equal([6, 4], ratings.OrderBy(r => r.RecordedAt).Select(r => r.Rating));
        Assert.All(ratings, r => Assert.Equal("UTC", r.TimeZone));
        Assert.Null((await ReadProfileAsync(chat)).TimeZone);
    }

    [Fact]
    public async Task A_bad_zone_stored_by_an_older_version_is_replaced_and_the_rating_kept()
    {
        var chat = _host.NewConversation();
        await WriteProfileAsync(chat, new CoachProfile { AgeGroup = AgeGroups.Adult, ConsentToStoreRatings = true, TimeZone = "America" });
        chat.TimeZone = "Europe/Berlin";

        await chat.AnswerAsync("hi", "neck", "left", "2 weeks", "5");

        var rating = Assert.Single(await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None));
        Assert.Equal(5, rating.Rating);
        Assert.Equal("Europe/Berlin", (await ReadProfileAsync(chat)).TimeZone);
    }

    private Task WriteProfileAsync(CoachConversation chat, CoachProfile profile) =>
        _host.Services.GetRequiredService<IStorage>().WriteAsync(new Dictionary<string, object> { [chat.UserKey] = new Dictionary<string, object> { [CoachProfile.PropertyName] = profile } });

    private async Task<CoachProfile> ReadProfileAsync(CoachConversation chat)
    {
        var state = (IDictionary<string, object>)(await _host.Services.GetRequiredService<IStorage>().ReadAsync([chat.UserKey]))[chat.UserKey];
        return (CoachProfile)state[CoachProfile.PropertyName];
    }
}
