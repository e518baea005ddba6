using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>What a stranger met walking the coach in Web Chat and the Teams emulator, each as a whole conversation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StrangerWalkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("walk"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Delete_my_data_during_a_safety_stop_deletes_instead_of_asking_about_the_check()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await chat.SendAsync("my chest feels crushed and I'm sweating");

        var ask = await chat.SendAsync("delete my data");
        var done = await chat.SendAsync("yes");
        var fresh = await chat.SendAsync("hi");

        Assert.Contains(ask, t => t.Contains(Opening(TextKeys.DeleteAsk), StringComparison.Ordinal));
        Assert.Contains(done, t => t.StartsWith(Opening(TextKeys.DeleteDone), StringComparison.Ordinal));
        Assert.DoesNotContain(done, IsHoldQuestion);
        Assert.Contains(fresh, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stop_for_safety_mentions_no_program_to_someone_without_one()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        var questions = Questions("neck");
        for (var i = 0; i < questions.Count && questions[i].Id != "general-cancer"; i++)
        {
            await chat.SendAsync("no");
        }

        var stopped = await chat.SendAsync("yep");
        var notYet = await chat.AnswerAsync("hi", "no");

        Assert.Contains(stopped, t => t.Contains(Outcome(SafetyOutcomes.Doctor), StringComparison.Ordinal));
        Assert.DoesNotContain(stopped.Concat(notYet), t => t.Contains(Opening(TextKeys.HoldProgramPaused), StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_at_a_safety_question_says_why_and_asks_the_same_question_again()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        var question = chat.Transcript[^1];

        var replies = await chat.SendAsync("what?");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ScreenWhy), StringComparison.Ordinal));
        Assert.Equal(question, replies[^1]);
    }

    [Fact]
    public async Task A_duration_typed_at_the_pain_question_is_not_taken_for_a_rating()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "not sure");

        var late = await chat.SendAsync("2 weeks");
        var rated = await chat.SendAsync("6");

        Assert.Contains(late, t => t.Contains(Opening(TextKeys.PainNotDuration), StringComparison.Ordinal));
        Assert.DoesNotContain(late, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
        Assert.Contains(rated, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I don't know")]
    [InlineData("not sure")]
    public async Task Not_knowing_how_long_moves_on_to_the_pain_question(string answer)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");

        var replies = await chat.SendAsync(answer);

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.PainBeforeAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stop_before_the_start_ends_the_release_without_a_stretch()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await chat.AnswerAsync("no", "thumb", "found it", "30 seconds");

        var stopped = await chat.SendAsync("stop");

        Assert.Contains(stopped, t => t.Contains(Opening(TextKeys.PainAfterAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, t => t.StartsWith(Opening(TextKeys.ReleaseStart), StringComparison.Ordinal) || t.Contains(Opening(TextKeys.StretchIntro), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Found_it_answers_the_tender_spot_question()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await chat.AnswerAsync("no", "thumb");

        var replies = await chat.SendAsync("found it");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.LengthAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_newcomers_hey_at_the_age_question_gets_hi_not_hi_again()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();

        var replies = await chat.SendAsync("hey");

        Assert.Equal(English.Text(TextKeys.GreetingFirst), replies[0]);
        Assert.Contains(Opening(TextKeys.AgeAsk), replies[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_after_a_finished_session_does_not_start_another()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "no");

        var replies = await chat.SendAsync("no");

        Assert.DoesNotContain(replies, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ClosingReply), StringComparison.Ordinal));
    }
}
