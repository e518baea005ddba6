using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Testing;
using CoachBot.Testing.Safety;
using CoachBot.Tests.Conversation;
using Xunit.Abstractions;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Safety;

/// <summary>
/// The whole phrase corpus through the real host: each message is blurted out at a random step of
/// a session (from the consent question to the middle of a running release), then, if the coach
/// asks about it, the person answers "ok what next" as a stranger might. Recall per outcome and
/// the false-alarm rate are printed; the goals are every emergency, at least 95% of see-a-doctor
/// phrasings, and at most 1 false alarm in 100 ordinary complaints.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class RedFlagCorpusConversationTests(AzuriteFixture azurite, ITestOutputHelper output) : IAsyncLifetime
{
    // Fixed so a failure can be replayed; COACHBOT_CORPUS_SEED picks other steps.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("COACHBOT_CORPUS_SEED"), out var seed) ? seed : 20261202;

    private static readonly ContentLibrary Library = ContentLibrary.Load(ContentLibrary.DefaultRoot);

    // What each language's stranger types: the session's answers, a shrug at a follow-up question,
    // and pushing on after the advice.
    private static readonly Dictionary<string, Stranger> Strangers = new()
    {
        ["en"] = new("en-US", ["34", "yes", "neck", "left", "2 weeks", "6", .. Questions("neck").Select(_ => "no"), "no", "thumb", "yes", "30 seconds", "start"], "ok what next", "ok but can we just do the massage now?"),
        ["es"] = new("es-ES", ["34", "sí", "cuello", "izquierda", "2 semanas", "6", .. Questions("neck").Select(_ => "no"), "no", "pulgar", "sí", "30 segundos", "vamos"], "vale y ahora qué", "vale pero podemos hacer ya el masaje?"),
    };

    private CoachHost _host = null!;

    // Real time, so that a message sent after "30 seconds" arrives in the middle of the running release.
    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("corpus"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "1.0" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Red_flags_in_strangers_words_are_noticed_at_any_step_and_ordinary_complaints_are_left_alone(string language)
    {
        var stranger = Strangers[language];
        var content = Library.For(stranger.Locale);
        var random = new Random(Seed);
        var corpus = PhrasingCorpus.Load(language).Select(p => (Phrasing: p, Step: random.Next(stranger.Script.Length + 1))).ToList();
        using var gate = new SemaphoreSlim(4);
        var results = await Task.WhenAll(corpus.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                return await BlurtAsync(stranger, content, item.Phrasing, item.Step);
            }
            finally
            {
                gate.Release();
            }
        }));

        var emergencies = results.Where(r => r.Phrasing.Expect == PhrasingCorpus.Emergency).ToList();
        var doctors = results.Where(r => r.Phrasing.Expect == PhrasingCorpus.Doctor).ToList();
        // A plain "yeah sure" typed at a screen question is a yes to that question, not a complaint.
        var ordinary = results.Where(r => r.Phrasing.Sign == "ordinary" && !(IsScreenStep(r.Step) && content.Routine.PlainAnswers.Covers(r.Phrasing.Text))).ToList();
        var denied = results.Where(r => r.Phrasing.Expect == PhrasingCorpus.None && r.Phrasing.Sign != "ordinary").ToList();
        var missedEmergencies = emergencies.Where(r => !r.Emergency).ToList();
        var missedDoctors = doctors.Where(r => !r.Doctor && !r.Emergency).ToList();
        var falseAlarms = ordinary.Where(r => r.Alarmed).ToList();
        var deniedAlarms = denied.Where(r => r.Alarmed).ToList();

        foreach (var r in missedEmergencies.Concat(missedDoctors).Concat(falseAlarms).Concat(deniedAlarms))
        {
            output.WriteLine($"{r.Phrasing.Expect,-9} {r.Phrasing.Sign,-20} at step {r.Step,2}: {r.Phrasing.Text}\n    -> {string.Join(" / ", r.Replies)}");
        }

        output.WriteLine($"Seed {Seed}, {results.Length} {language} phrasings through the host:");
        output.WriteLine($"  emergency phrasings given the emergency advice: {emergencies.Count - missedEmergencies.Count}/{emergencies.Count}");
        output.WriteLine($"  see-a-doctor phrasings given doctor (or emergency) advice: {doctors.Count - missedDoctors.Count}/{doctors.Count} (emergency advice for {doctors.Count(r => r.Emergency)})");
        output.WriteLine($"  ordinary complaints that raised a question or advice: {falseAlarms.Count}/{ordinary.Count}");
        output.WriteLine($"  denied red flags that raised a question or advice: {deniedAlarms.Count}/{denied.Count}");
        output.WriteLine($"  asked a question first: {results.Count(r => r.Asked)}");

        Assert.Empty(missedEmergencies);
        Assert.True(missedDoctors.Count * 100 <= doctors.Count * 5, $"{missedDoctors.Count} of {doctors.Count} see-a-doctor phrasings missed");
        Assert.True(falseAlarms.Count * 100 <= ordinary.Count, $"{falseAlarms.Count} false alarms in {ordinary.Count} ordinary complaints");
        Assert.DoesNotContain(results, r => (r.Emergency || r.Doctor) && r.PressureAfterAdvice);
    }

    private static bool IsScreenStep(int step) => step >= 5 && step < 5 + Questions("neck").Count;

    private async Task<Outcome> BlurtAsync(Stranger stranger, LanguageContent content, Phrasing phrasing, int step)
    {
        var chat = _host.NewConversation(stranger.Locale);
        await chat.JoinAsync();
        await chat.AnswerAsync(stranger.Script.Take(step).ToArray());

        var replies = (await chat.SendAsync(phrasing.Text)).ToList();
        var signQuestions = content.Symptoms.Signs.Where(s => !s.IsCertain).Select(s => s.Question!).ToHashSet();
        var asked = replies.Any(signQuestions.Contains);
        if (asked)
        {
            replies.AddRange(await chat.SendAsync(stranger.Shrug));
        }

        var emergency = replies.Any(t => Says(content, SafetyOutcomes.Emergency, t));
        var doctor = replies.Any(t => Says(content, SafetyOutcomes.Doctor, t) || Says(content, SafetyOutcomes.DoctorToday, t));
        var pressureAfter = false;
        if (emergency || doctor)
        {
            // Pushing on after the advice must not lead to a pressure instruction.
            pressureAfter = (await chat.SendAsync(stranger.PushOn)).Any(t => t.Contains(content.Text(TextKeys.ReleasePressure), StringComparison.Ordinal) || t.Contains(content.Text(TextKeys.ReleasePressureLight), StringComparison.Ordinal));
        }

        return new Outcome(phrasing, step, replies, asked, emergency, doctor, pressureAfter);
    }

    // The outcome's advice begins the reply (its placeholders, such as the emergency number, come later).
    private static bool Says(LanguageContent content, string outcome, string reply) =>
        reply.StartsWith(content.RedFlags.Outcomes[outcome].Text.Split('{')[0], StringComparison.Ordinal);

    private sealed record Stranger(string Locale, string[] Script, string Shrug, string PushOn);

    private sealed record Outcome(Phrasing Phrasing, int Step, IReadOnlyList<string> Replies, bool Asked, bool Emergency, bool Doctor, bool PressureAfterAdvice)
    {
        public bool Alarmed => Asked || Emergency || Doctor;
    }
}
