using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Testing;

namespace CoachBot.Tests.Conversation;

/// <summary>A person whose browser or Teams client speaks Spanish, or who asks for Spanish, meets the whole coach in Spanish.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class SpanishSessionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly ContentLibrary Library = ContentLibrary.Load(ContentLibrary.DefaultRoot);
    private static readonly LanguageContent Spanish = Library.For("es-ES");

    private readonly string _tables = azurite.UniqueTableName("es");
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, _tables);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_whole_session_typed_in_Spanish_is_answered_in_Spanish_and_stores_both_ratings()
    {
        var chat = _host.NewConversation("es-ES");

        await chat.JoinAsync();
        await chat.AnswerAsync("tengo 34", "sí, claro", "el cuello", "la derecha", "unas dos semanas");
        var screen = await chat.SendAsync("un 6 más o menos");
        Assert.Contains(screen, t => t.Contains(Spanish.Text(TextKeys.ScreenIntro)[..20], StringComparison.Ordinal));
        foreach (var _ in ScreeningDialog.QuestionsFor(Spanish, new SessionPlan { AreaId = "neck", AgeYears = 34 }))
        {
            await chat.SendAsync("no");
        }

        await chat.AnswerAsync("ninguna", "con el pulgar", "sí, lo encontré", "45");
        var start = await chat.SendAsync("vamos");
        Assert.Contains(Spanish.Text(TextKeys.ReleaseStart, new { seconds = 45 }), start);
        await chat.WaitForAsync(Spanish.Text(TextKeys.StretchEnd)[..15]);
        await chat.WaitForAsync(Spanish.Text(TextKeys.PainAfterAsk)[..15]);
        await chat.AnswerAsync("tres", "no", "no");

        var english = chat.Transcript.Where(t => EnglishWords().IsMatch(t)).ToList();
        Assert.True(english.Count == 0, "English reached a Spanish speaker:\n" + string.Join("\n---\n", english));
        var ratings = await _host.StoredRatingsAsync(chat.UserKey);
        Assert.Equal([("before", 6), ("after", 3)], ratings.Select(r => (r.GetString("Phase"), r.GetInt32("Rating")!.Value)));
        Assert.All(ratings, r => Assert.Equal(("neck", "right"), (r.GetString("Area"), r.GetString("Side"))));
    }

    [Theory]
    [InlineData("es-ES", "112")]
    [InlineData("es-MX", "911")]
    public async Task Crushing_chest_pain_in_Spanish_stops_the_session_with_the_emergency_number_of_the_region(string locale, string number)
    {
        var chat = _host.NewConversation(locale);
        await chat.JoinAsync();
        await chat.SendAsync("34");

        var replies = await chat.SendAsync("me aprieta el pecho como si me aplastaran y estoy sudando frío");

        Assert.Contains(replies, t => t.Contains(number, StringComparison.Ordinal) && t.StartsWith(Spanish.RedFlags.Outcomes[SafetyOutcomes.Emergency].Text[..20], StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, SessionScript.IsPressureInstruction);
    }

    [Theory]
    [InlineData("tengo 41")]
    [InlineData("tengo 39 años")]
    public async Task An_age_of_38_to_42_is_an_age_not_a_fever(string said)
    {
        var chat = _host.NewConversation("es-MX");
        await chat.JoinAsync();

        var replies = await chat.SendAsync(said);

        Assert.Contains(replies, t => t.StartsWith(Spanish.Text(TextKeys.ConsentAsk)[..20], StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deployment_can_name_its_own_emergency_number()
    {
        await using var host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("en"), new Dictionary<string, string?> { ["Coach:EmergencyNumbers:es-ES"] = "061" });
        var chat = host.NewConversation("es-ES");
        await chat.JoinAsync();
        await chat.SendAsync("34");

        var replies = await chat.SendAsync("me aprieta el pecho como si me aplastaran y estoy sudando frío");

        Assert.Contains(replies, t => t.Contains("(061)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_shrug_at_a_symptom_question_is_taken_as_yes_and_gets_the_advice()
    {
        var chat = _host.NewConversation("es-ES");
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "sí", "cuello");

        var asked = await chat.SendAsync("la pantorrilla izq hinchada, roja y caliente");
        var shrug = await chat.SendAsync("vale y ahora qué");

        var question = Spanish.Symptoms.Signs.Single(s => s.Id == "leg-clot").Question!;
        Assert.Contains(question, asked);
        Assert.Contains(shrug, t => t.StartsWith(Spanish.RedFlags.Outcomes[SafetyOutcomes.DoctorToday].Text.Split('{')[0], StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, t => t.Contains(Spanish.Text(TextKeys.ErrorReset), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saying_espanol_on_an_English_browser_switches_the_coach_and_the_choice_is_kept()
    {
        var chat = _host.NewConversation("en-US");
        await chat.JoinAsync();

        var switched = await chat.SendAsync("español");
        var next = await chat.SendAsync("34");

        Assert.Equal(Spanish.Text(TextKeys.LanguageChanged), switched[0]);
        Assert.Contains(switched, t => t == Spanish.Text(TextKeys.AgeAsk) || t.StartsWith(Spanish.Text(TextKeys.AgeAsk)[..20], StringComparison.Ordinal));
        Assert.Contains(next, t => t.StartsWith(Spanish.Text(TextKeys.ConsentAsk)[..20], StringComparison.Ordinal));

        var back = await chat.SendAsync("in English");
        Assert.Equal(Library.For("en").Text(TextKeys.LanguageChanged), back[0]);
    }

    // Words no Spanish sentence of the coach uses, but nearly every English one does.
    [GeneratedRegex(@"\b(the|you|your|please|with|what|and|pain|session)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();
}
