using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Greetings, thanks and questions people send instead of an answer: each gets a short reply and nothing is lost.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SmallTalkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("talk"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("hi")]
    [InlineData("Hello there!")]
    [InlineData("hey")]
    public async Task A_greeting_at_the_area_question_says_hi_again_and_asks_it_again(string greeting)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var replies = await chat.SendAsync(greeting);

        Assert.Equal(English.Text(TextKeys.GreetingAgain), replies[0]);
        Assert.Contains(Opening(TextKeys.AreaAsk), replies[^1], StringComparison.Ordinal);
        Assert.Contains(await chat.SendAsync("my neck"), t => t.Contains(Opening(TextKeys.SideAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_greeting_at_the_pain_rating_keeps_the_rating_question()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");

        var replies = await chat.SendAsync("good evening");

        Assert.Equal(English.Text(TextKeys.GreetingAgain), replies[0]);
        Assert.Contains(Opening(TextKeys.PainBeforeAsk), replies[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how long will this take?", "duration")]
    [InlineData("what should I press with?", "tools")]
    public async Task A_question_at_the_area_question_gets_a_short_answer_and_the_same_question(string question, string questionId)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var replies = await chat.SendAsync(question);

        Assert.StartsWith(AnswerTo(questionId), replies[0], StringComparison.Ordinal);
        Assert.Contains(Opening(TextKeys.AreaAsk), replies[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(replies, t => t.Contains(Opening(TextKeys.SideAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task How_long_at_the_tool_question_is_answered_and_the_tool_is_asked_again()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await chat.SendAsync("no");

        var replies = await chat.SendAsync("how long will this take?");

        Assert.StartsWith(AnswerTo("duration"), replies[0], StringComparison.Ordinal);
        Assert.Contains(Opening(TextKeys.ToolAsk), replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_session_thanks_gets_a_friendly_word_and_only_a_greeting_starts_again()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        await chat.AnswerAsync("3", "no", "no");

        var thanks = await chat.SendAsync("thanks!");
        var ok = await chat.SendAsync("ok");
        var hi = await chat.SendAsync("hi");

        Assert.Equal([English.Text(TextKeys.ClosingReply)], thanks);
        Assert.Equal(thanks, ok);
        Assert.Contains(hi, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
    }

    // The short answer routine.json gives to the common question with this id.
    private static string AnswerTo(string questionId) => English.Routine.SmallTalk.Questions.Single(q => q.Id == questionId).Answer.Text;
}
