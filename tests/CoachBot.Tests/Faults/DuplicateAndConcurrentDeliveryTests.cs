using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Faults;

/// <summary>
/// A channel delivering the same activity twice at once, and a person sending five messages at
/// once: ratings are neither lost nor doubled, and the conversation can still be finished.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class DuplicateAndConcurrentDeliveryTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("dup"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_same_rating_delivered_twice_at_once_is_stored_once_and_the_session_can_still_be_finished()
    {
        var chat = await ReachPainQuestionAsync();

        await Task.WhenAll(chat.SendAsync("6", activityId: "twice-1"), chat.SendAsync("6", activityId: "twice-1"));

        Assert.Equal(6, Assert.Single(await RatingsAsync(chat)).Rating);
        Assert.Single(chat.Transcript, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
        await FinishSessionAsync(chat);
        Assert.Equal([6, 3], (await RatingsAsync(chat)).Select(r => r.Rating));
    }

    [Fact]
    public async Task Five_ratings_sent_at_once_store_exactly_one_and_the_session_can_still_be_finished()
    {
        var chat = await ReachPainQuestionAsync();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => chat.SendAsync("6")));

        // One answers the pain question; the other four reach the first safety question, which asks again.
        Assert.Equal(6, Assert.Single(await RatingsAsync(chat)).Rating);
        Assert.DoesNotContain(chat.Transcript, t => t == SessionScript.English.Text(TextKeys.ErrorReset));
        await FinishSessionAsync(chat);
        Assert.Equal([6, 3], (await RatingsAsync(chat)).Select(r => r.Rating));
    }

    [Fact]
    public async Task Five_different_messages_sent_at_once_are_all_answered_and_leave_one_consistent_conversation()
    {
        var chat = await ReachPainQuestionAsync();

        await Task.WhenAll(new[] { "6", "help", "help", "about", "help" }.Select(text => chat.SendAsync(text)));

        // Turns of one conversation run one at a time, in whatever order they arrived: each is answered once.
        Assert.Equal(6, Assert.Single(await RatingsAsync(chat)).Rating);
        Assert.Equal(3, chat.Transcript.Count(t => t.Contains(English.Text(TextKeys.Help), StringComparison.Ordinal)));
        Assert.Equal(1, chat.Transcript.Count(t => t.Contains(English.Text(TextKeys.About), StringComparison.Ordinal)));
        Assert.DoesNotContain(chat.Transcript, t => t == SessionScript.English.Text(TextKeys.ErrorReset));
        await FinishSessionAsync(chat);
        Assert.Equal([6, 3], (await RatingsAsync(chat)).Select(r => r.Rating));
    }

    private async Task<CoachConversation> ReachPainQuestionAsync()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");
        return chat;
    }

    /// <summary>From the first safety question to the end: a clean screen, a short release and stretch, the rating after.</summary>
    private static async Task FinishSessionAsync(CoachConversation chat)
    {
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        var comparison = await chat.SendAsync("3");
        var end = await chat.SendAsync("no");
        Assert.Contains(comparison, t => t.Contains(Opening(TextKeys.CompareDown, new { before = 6, after = 3 }), StringComparison.Ordinal));
        Assert.NotEmpty(end);
        Assert.DoesNotContain(chat.Transcript, t => t == SessionScript.English.Text(TextKeys.ErrorReset));
    }

    private async Task<IReadOnlyList<PainRating>> RatingsAsync(CoachConversation chat) =>
        await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None);
}
