using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Red-flag words and commands work from every step of a session.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InterruptionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    /// <summary>The answers that lead to each step, for the neck (34, left, 2 weeks, 6, clean screen).</summary>
    public static TheoryData<string, int> Steps() => new()
    {
        { "age", 0 },
        { "consent", 1 },
        { "area", 2 },
        { "side", 3 },
        { "duration", 4 },
        { "pain before", 5 },
        { "screen", 6 },
        { "cautions", 6 + Questions("neck").Count },
        { "tool", 7 + Questions("neck").Count },
        { "spot", 8 + Questions("neck").Count },
        { "hold length", 9 + Questions("neck").Count },
        { "ready", 10 + Questions("neck").Count },
        { "release", 11 + Questions("neck").Count },
        { "pain after", 12 + Questions("neck").Count },
        { "swelling", 13 + Questions("neck").Count },
    };

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("in"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Red_flag_words_at_any_step_stop_the_session_with_the_emergency_advice(string step, int answers)
    {
        var chat = await ReachAsync(answers);

        var replies = await chat.SendAsync("I have chest pain");

        Assert.True(replies.Any(t => t.Contains(Outcome(SafetyOutcomes.Emergency, new { emergencyNumber = "911" }), StringComparison.Ordinal)), $"at the {step} step");
        var next = await chat.SendAsync("ok");
        Assert.DoesNotContain(next, t => t.Contains(Opening(TextKeys.ReleaseHalfway), StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript.SkipWhile(t => !t.Contains(Outcome(SafetyOutcomes.Emergency), StringComparison.Ordinal)), IsPressureInstruction);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_at_any_step_answers_and_asks_the_same_question_again(string step, int answers)
    {
        var chat = await ReachAsync(answers);
        var question = chat.Transcript[^1];

        var replies = await chat.SendAsync("help");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.Help), StringComparison.Ordinal));
        Assert.True(replies.Count >= 2, $"at the {step} step the question should come again");
        if (step != "release")
        {
            Assert.Equal(question, replies[^1]);
        }
    }

    [Theory]
    [InlineData("help")]
    [InlineData("how long will this take?")]
    public async Task Help_or_a_question_back_while_a_symptom_question_waits_answer_and_ask_that_question_again(string said)
    {
        var chat = await ReachAsync(3);
        var question = English.Symptoms.Signs.Single(s => s.Id == "leg-clot").Question!;
        Assert.Contains(question, await chat.SendAsync("my left calf is swollen and hot"));

        var replies = await chat.SendAsync(said);

        Assert.Equal(question, replies[^1]);
        Assert.DoesNotContain(chat.Transcript, t => t.Contains(Opening(TextKeys.ErrorReset), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancel_at_any_step_ends_the_session_and_hi_starts_a_new_one(string step, int answers)
    {
        var chat = await ReachAsync(answers);

        var cancelled = await chat.SendAsync("cancel");
        var again = await chat.SendAsync("hi");

        Assert.True(cancelled.Any(t => t.Contains(Opening(TextKeys.Cancel), StringComparison.Ordinal)), $"at the {step} step");
        Assert.Contains(again, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal) || t.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal) || t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_over_in_the_middle_begins_a_fresh_session()
    {
        var chat = await ReachAsync(4);

        var replies = await chat.SendAsync("start over");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.StartOver), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task About_says_what_the_coach_is_not_and_the_question_comes_back()
    {
        var chat = await ReachAsync(4);

        var replies = await chat.SendAsync("about");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.About), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.DurationAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_that_only_sound_alarming_do_not_interrupt()
    {
        var chat = await ReachAsync(4);

        var replies = await chat.SendAsync("a numb feeling about work, for 3 weeks");

        Assert.DoesNotContain(replies, t => t.Contains(Outcome(SafetyOutcomes.Emergency), StringComparison.Ordinal));
        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.PainBeforeAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_my_data_confirms_then_removes_ratings_and_profile()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);

        var ask = await chat.SendAsync("delete my data");
        var done = await chat.SendAsync("yes");
        var fresh = await chat.SendAsync("hi");

        Assert.Contains(ask, t => t.Contains(Opening(TextKeys.DeleteAsk), StringComparison.Ordinal));
        Assert.Contains(done, t => t.Contains(Opening(TextKeys.DeleteDone, new { count = 1 }), StringComparison.Ordinal));
        Assert.Contains(fresh, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
    }

    private async Task<CoachConversation> ReachAsync(int answers)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        var script = new List<string> { "34", "yes", "neck", "left", "2 weeks", "6" };
        script.AddRange(Questions("neck").Select(_ => "no"));
        script.AddRange(["no", "thumb", "yes", "30 seconds", "start"]);
        await chat.AnswerAsync([.. script.Take(answers)]);

        // Past the release, the timed cues and the stretch run on their own first.
        if (answers > script.Count)
        {
            await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));
        }

        if (answers > script.Count + 1)
        {
            await chat.SendAsync("3");
        }

        return chat;
    }
}
