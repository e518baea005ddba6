using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Testing;
using CoachBot.Tests.CheckIns;
using CoachBot.Tests.Conversation;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Safety;

/// <summary>After an emergency or see-a-doctor outcome the stop holds, until the person says they have been checked.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SafetyHoldTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2027, 3, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly SettableClock _clock = new(Start);
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("hold"), time: _clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Pushing_on_after_an_emergency_meets_the_short_advice_and_one_question_never_a_pressure_instruction()
    {
        var chat = await StopWithAsync("actually I also have crushing pain in my chest");

        var pushed = await chat.SendAsync("ok but can we just do the massage now?");
        var restarted = await chat.SendAsync("start over");
        var vague = await chat.SendAsync("sure whatever");
        var answers = await chat.AnswerAsync("no", "neck", "left", "no", "no", "no");

        Assert.Contains(pushed, t => t.Contains(English.Text(TextKeys.HoldEmergency, new { emergencyNumber = "911" }), StringComparison.Ordinal) && t.Contains(Opening(TextKeys.HoldAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(pushed, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
        Assert.Contains(restarted, t => t.Contains(Opening(TextKeys.HoldRetry), StringComparison.Ordinal));
        Assert.Contains(vague, IsHoldQuestion);
        Assert.DoesNotContain(chat.Transcript, IsPressureInstruction);
        Assert.DoesNotContain(answers, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plain_yes_lifts_the_hold_and_the_whole_red_flag_screen_runs_again()
    {
        var chat = await StopWithAsync("actually I also have crushing pain in my chest");
        await chat.SendAsync("hi");

        var lifted = await chat.SendAsync("yes");
        await chat.AnswerAsync("neck", "left", "2 weeks");
        var screen = await chat.SendAsync("6");

        Assert.Contains(lifted, t => t.Contains(Opening(TextKeys.HoldLifted), StringComparison.Ordinal));
        Assert.Contains(lifted, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
        Assert.Contains(screen, t => t.Contains(Questions("neck")[0].Question, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_hold_reaches_the_person_s_other_conversations()
    {
        var chat = await StopWithAsync("actually I also have crushing pain in my chest");
        var other = new CoachConversation(_host.Client, _host.Channel) { UserId = chat.UserId };

        await other.JoinAsync();
        var replies = await other.SendAsync("hi, can we do my neck?");

        Assert.Contains(other.Transcript, t => t.Contains(Opening(TextKeys.HoldAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(other.Transcript, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task An_emergency_hold_ends_after_Coach_EmergencyHold_but_a_see_a_doctor_hold_waits_for_the_person()
    {
        var emergency = await StopWithAsync("actually I also have crushing pain in my chest");
        var doctor = await StopWithAsync("my right calf is swollen red and warm", answerCheck: "yes");

        _clock.Set(Start.AddHours(25));
        var afterEmergency = await emergency.SendAsync("hi");
        var afterDoctor = await doctor.SendAsync("hi");

        Assert.Contains(afterEmergency, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
        Assert.Contains(afterDoctor, t => t.Contains(Opening(TextKeys.HoldDoctor), StringComparison.Ordinal) && t.Contains(Opening(TextKeys.HoldAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_and_delete_my_data_still_work_during_a_hold()
    {
        var chat = await StopWithAsync("actually I also have crushing pain in my chest");

        var help = await chat.SendAsync("help");
        var delete = await chat.SendAsync("delete my data");

        Assert.Contains(help, t => t.Contains(Opening(TextKeys.Help), StringComparison.Ordinal));
        Assert.Contains(delete, t => t.Contains(Opening(TextKeys.DeleteAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(delete, IsHoldQuestion);
    }

    // A session up to the duration question, then the red flag (and "yes" to its question, if asked).
    private async Task<CoachConversation> StopWithAsync(string symptom, string? answerCheck = null)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left");
        var replies = await chat.SendAsync(symptom);
        if (answerCheck is not null)
        {
            replies = await chat.SendAsync(answerCheck);
        }

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.SessionStoppedForSafety), StringComparison.Ordinal));
        return chat;
    }
}
