using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Safety;

/// <summary>Symptoms blurted out in a person's own words, at the steps where a stranger would.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SymptomInOwnWordsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("own"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_swollen_red_calf_at_the_consent_question_is_asked_about_at_once_not_taken_as_consent()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();

        var replies = await chat.SendAsync("my right calf is swollen, red and warm to touch");

        Assert.Contains(replies, t => t.Contains(SymptomQuestion("leg-clot"), StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal) || t.Contains(Opening(TextKeys.ConsentRetry), StringComparison.Ordinal));
        var advice = await chat.SendAsync("yes");
        Assert.Contains(advice, t => t.Contains(Outcome(SafetyOutcomes.DoctorToday), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clear_no_to_the_symptom_question_returns_to_the_question_the_person_was_at()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");

        var asked = await chat.SendAsync("about a week, and my hand has been a bit clumsy");
        var back = await chat.SendAsync("no");

        Assert.Contains(asked, t => t.Contains(SymptomQuestion("hand-clumsy"), StringComparison.Ordinal));
        Assert.Contains(back, t => t.Contains(Opening(TextKeys.SymptomClear), StringComparison.Ordinal));
        Assert.Contains(Opening(TextKeys.DurationAsk), back[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emergency_in_plain_words_stops_the_session_and_pushing_on_gets_no_pressure_instruction()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");

        var replies = await chat.SendAsync("my jaw and left arm ache and im sweating and feel sick");
        var pushed = await chat.AnswerAsync("ok but can we just do the massage now?", "no", "no", "no");

        Assert.Contains(replies, t => t.Contains(Outcome(SafetyOutcomes.Emergency), StringComparison.Ordinal));
        Assert.DoesNotContain(pushed, IsPressureInstruction);
    }

    [Fact]
    public async Task An_answer_that_names_the_symptom_again_answers_the_symptom_question()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");
        await chat.SendAsync("like a week? i keep dropping my coffee cup lately too");

        var back = await chat.SendAsync("no not really, just clumsy from being tired");

        Assert.Contains(back, t => t.Contains(Opening(TextKeys.SymptomClear), StringComparison.Ordinal));
        Assert.Contains(Opening(TextKeys.DurationAsk), back[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ok what next")]
    [InlineData("sure whatever")]
    public async Task A_vague_yes_is_not_consent_to_store_health_data(string answer)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.SendAsync("34");

        var replies = await chat.SendAsync(answer);
        var accepted = await chat.SendAsync("yes please");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ConsentRetry), StringComparison.Ordinal));
        Assert.Contains(accepted, t => t.Contains(Opening(TextKeys.ConsentYes), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_symptom_mentioned_during_the_release_stops_the_hold_asks_and_then_goes_on_to_the_rating()
    {
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("ownhold"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "1.0" });
        var chat = host.NewConversation();
        await StartAsync(chat);
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");

        var asked = await chat.SendAsync("my fingers have gone numb and clumsy");
        var answered = await chat.SendAsync("no");

        Assert.Contains(asked, t => t.Contains(Opening(TextKeys.SymptomEaseOff), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.SymptomClear), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.ReleaseStopped), StringComparison.Ordinal));
        Assert.Contains(answered, t => t.Contains(Opening(TextKeys.PainAfterAsk), StringComparison.Ordinal));
    }
}
