using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Tests.Conversation;

/// <summary>
/// A third language costs no code: a pseudo-language made from the English content files (every
/// text accented and wrapped in ⟦ ⟧) is dropped into a copy of the content folder, and a whole
/// session in it shows the person nothing that did not come from those files.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PseudoLocaleTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "coachbot-pseudo-" + Guid.NewGuid().ToString("N"));
    private readonly string _tables = azurite.UniqueTableName("ps");
    private CoachHost _host = null!;
    private LanguageContent _pseudo = null!;

    public async Task InitializeAsync()
    {
        PseudoLocale.Generate(ContentLibrary.DefaultRoot, _root);
        var library = ContentLibrary.Load(_root);
        _pseudo = library.For(PseudoLocale.Name);
        _host = await CoachHost.StartAsync(azurite, _tables, configureServices: services =>
        {
            services.RemoveAll<ContentLibrary>();
            services.AddSingleton(library);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_whole_session_with_its_interruptions_shows_nothing_that_is_not_in_the_content_files()
    {
        var chat = _host.NewConversation(PseudoLocale.Name);

        await chat.JoinAsync();
        await chat.AnswerAsync("34", "help", "yes", "neck", "left", "how long will this take?", "2 weeks", "6");
        foreach (var _ in ScreeningDialog.QuestionsFor(_pseudo, new SessionPlan { AreaId = "neck", AgeYears = 34 }))
        {
            await chat.SendAsync("no");
        }

        await chat.AnswerAsync("no", "thumb", "yes", "60 seconds", "go", "ouch");
        await chat.WaitForAsync(_pseudo.Text(TextKeys.StretchEnd));
        await chat.WaitForAsync(_pseudo.Text(TextKeys.PainAfterAsk));
        await chat.AnswerAsync("3", "no", "no", "show my progress");

        Assert.Contains(chat.Transcript, t => t.Contains(_pseudo.Text(TextKeys.ReleaseStart, new { seconds = 60 }), StringComparison.Ordinal));
        AssertNothingButContent(chat.EverythingShown);
    }

    [Fact]
    public async Task Joining_the_program_exporting_and_deleting_speak_only_the_content_s_words()
    {
        var chat = _host.NewConversation(PseudoLocale.Name);
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks", "6");
        foreach (var _ in ScreeningDialog.QuestionsFor(_pseudo, new SessionPlan { AreaId = "neck", AgeYears = 34 }))
        {
            await chat.SendAsync("no");
        }

        await chat.AnswerAsync("yes", "none of them", "thumb", "yes", "30 seconds", "go", "done");
        await chat.WaitForAsync(_pseudo.Text(TextKeys.PainAfterAsk));
        await chat.AnswerAsync("3", "no", "yes", "8am and 7pm", "skip today", "export for my therapist", "no notes", "delete my data", "yes");

        Assert.Contains(chat.Transcript, t => t.Contains(_pseudo.Text(TextKeys.ProgramStarted, new { times = _pseudo.List(["08:00", "19:00"]), zone = "America/New_York" }), StringComparison.Ordinal));
        AssertNothingButContent(chat.EverythingShown);
    }

    [Fact]
    public async Task A_red_flag_mid_session_is_answered_only_in_the_content_s_words()
    {
        var chat = _host.NewConversation(PseudoLocale.Name);
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck");

        var replies = await chat.SendAsync("crushing pain in my chest and my left arm, sweating");

        Assert.Contains(replies, t => t.StartsWith(PseudoLocale.Say(string.Empty)[..1], StringComparison.Ordinal));
        AssertNothingButContent(chat.EverythingShown);
    }

    private static void AssertNothingButContent(IReadOnlyList<string> shown)
    {
        var leaks = shown.Select(t => (Text: t, English: PseudoLocale.EnglishIn(t))).Where(x => x.English.Count > 0).ToList();
        Assert.True(leaks.Count == 0, "Words that are not in the content files reached the person:\n" + string.Join("\n", leaks.Select(l => $"[{string.Join(", ", l.English)}] in: {l.Text}")));
    }
}
