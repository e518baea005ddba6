using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Replies that are not answers get a helpful re-ask, never a dead end.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class UnexpectedReplyTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("ux"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("ouch", TextKeys.PainOuch)]
    [InlineData("11", TextKeys.PainOutOfRange)]
    [InlineData("-3", TextKeys.PainOutOfRange)]
    [InlineData("why?", TextKeys.PainWhy)]
    [InlineData("", TextKeys.EmptyMessage)]
    [InlineData("\U0001F62C", TextKeys.PainRetry)]
    [InlineData("what do you mean", TextKeys.PainWhy)]
    public async Task A_non_answer_to_the_pain_question_gets_a_helpful_re_ask(string reply, string expectedKey)
    {
        var chat = await ReachPainQuestionAsync();

        var replies = await chat.SendAsync(reply);
        var answered = await chat.SendAsync("6");

        Assert.Contains(replies, t => t.Contains(Opening(expectedKey), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("seven", "7")]
    [InlineData("about a 6", "6")]
    [InlineData("7/10", "7")]
    [InlineData("6 or 7", "7")]
    public async Task Pain_ratings_in_natural_language_are_understood_and_stored(string reply, string stored)
    {
        var chat = await ReachPainQuestionAsync();

        await chat.SendAsync(reply);
        var log = (CoachBot.Dialogs.Ratings.IPainLog)_host.Services.GetService(typeof(CoachBot.Dialogs.Ratings.IPainLog))!;

        var rating = Assert.Single(await log.ListAsync(chat.UserKey, CancellationToken.None));
        Assert.Equal(int.Parse(stored, System.Globalization.CultureInfo.InvariantCulture), rating.Rating);
    }

    [Theory]
    [InlineData("why?", TextKeys.AreaWhy)]
    [InlineData("\U0001F937", TextKeys.AreaRetry)]
    [InlineData("", TextKeys.EmptyMessage)]
    public async Task A_non_answer_to_where_it_hurts_gets_a_helpful_re_ask(string reply, string expectedKey)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var replies = await chat.SendAsync(reply);
        var answered = await chat.SendAsync("my low back");

        Assert.Contains(replies, t => t.Contains(Opening(expectedKey), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.SideAsk), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ok but can we just do the massage now?")]
    public async Task A_question_at_the_duration_step_is_not_taken_as_a_duration(string reply)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");

        var replies = await chat.SendAsync(reply);
        var answered = await chat.SendAsync("2 weeks?");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.DurationRetry), StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains(Opening(TextKeys.PainBeforeAsk), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.PainBeforeAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_safety_question_answered_with_a_question_explains_why_it_is_asked()
    {
        var chat = await ReachPainQuestionAsync();
        await chat.SendAsync("6");

        var replies = await chat.SendAsync("why do you ask?");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ScreenWhy), StringComparison.Ordinal));
        // Taken as a "yes", the question would have given its outcome's advice.
        Assert.DoesNotContain(replies, t => t.Contains(Outcome(Questions("neck")[0].Outcome), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Swelling_after_the_session_brings_the_ice_tip()
    {
        var chat = await ReachPainQuestionAsync();
        await chat.SendAsync("6");
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        await chat.SendAsync("5");

        var replies = await chat.SendAsync("yes");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.IceTip), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_10000_character_message_gets_a_clear_answer_and_the_question_still_stands()
    {
        var chat = await ReachPainQuestionAsync();

        var replies = await chat.SendAsync(new string('a', 10_000));
        var answered = await chat.SendAsync("4");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.TooLong), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
    }

    private async Task<CoachConversation> ReachPainQuestionAsync()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");
        return chat;
    }
}
