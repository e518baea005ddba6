using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Every red-flag question of every area stops the session before any pressure instruction.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RedFlagScreenTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public static TheoryData<string, string> AreaFlags()
    {
        var data = new TheoryData<string, string>();
        foreach (var area in English.Areas)
        {
            foreach (var question in Questions(area.Id).Where(q => SafetyOutcomes.StopsSession(q.Outcome)))
            {
                if (area.RedFlags.Contains(question.Id) || area.Id == "neck")
                {
                    data.Add(area.Id, question.Id);
                }
            }
        }

        return data;
    }

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("rf"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(AreaFlags))]
    public async Task A_yes_to_a_red_flag_gives_its_outcome_and_no_pressure_instruction_follows(string areaId, string questionId)
    {
        var chat = _host.NewConversation();
        var area = English.Area(areaId);
        await StartAsync(chat, area: area.Synonyms[0]);
        var questions = Questions(areaId);
        var flagged = questions.Single(q => q.Id == questionId);

        foreach (var question in questions.TakeWhile(q => q.Id != questionId))
        {
            await chat.SendAsync("no");
        }

        var outcome = await chat.SendAsync("yes");
        var afterwards = await chat.AnswerAsync("ok", "what now?", "thumb");

        Assert.Contains(outcome, t => t.Contains(Outcome(flagged.Outcome), StringComparison.Ordinal));
        Assert.Contains(outcome, t => t.Contains(Opening(TextKeys.SessionStoppedForSafety), StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, IsPressureInstruction);
        Assert.DoesNotContain(afterwards, IsPressureInstruction);
    }

    [Fact]
    public async Task The_emergency_number_follows_the_locale_and_is_named_in_words_without_one()
    {
        var us = _host.NewConversation("en-US");
        var ireland = _host.NewConversation("en-IE");
        var unknown = _host.NewConversation("en");
        await StartAsync(us);
        await StartAsync(ireland);
        await StartAsync(unknown);

        var usAdvice = await us.SendAsync("yes");
        var irelandAdvice = await ireland.SendAsync("yes");
        var unknownAdvice = await unknown.SendAsync("yes");

        Assert.Contains(usAdvice, t => t.Contains(Outcome(SafetyOutcomes.Emergency, new { emergencyNumber = "911" }), StringComparison.Ordinal));
        Assert.Contains(irelandAdvice, t => t.Contains(Outcome(SafetyOutcomes.Emergency, new { emergencyNumber = "112 or 999" }), StringComparison.Ordinal));
        Assert.Contains(unknownAdvice, t => t.Contains(Outcome(SafetyOutcomes.Emergency, new { emergencyNumber = English.Routine.EmergencyNumbers["default"] }), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_sure_counts_as_yes_on_a_safety_question()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);

        var advice = await chat.SendAsync("not sure");

        Assert.Contains(advice, t => t.Contains(Outcome(SafetyOutcomes.Emergency), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_screen_is_a_short_list_of_short_questions()
    {
        // The clinical review split the bulleted general questions into one sign each and added each
        // area's missing red flags (the base of the skull asks the most, 21); every question is one short
        // sentence a person answers at a glance, never a list.
        var longest = English.Areas.Max(a => Questions(a.Id).Count);

        Assert.InRange(longest, 3, 21);
        Assert.All(English.RedFlags.General.Concat(English.RedFlags.Area), q => Assert.True(q.Question.Length <= 260 && !q.Question.Contains('\n'), q.Id));
        Assert.All(English.RedFlags.General, q => Assert.True(q.Question.Length <= 140, q.Id));
    }
}
