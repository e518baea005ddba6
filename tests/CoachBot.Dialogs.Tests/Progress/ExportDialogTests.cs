using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Progress;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Progress;

public sealed class ExportDialogTests
{
    [Theory]
    [InlineData("I take warfarin; asthma", "I take warfarin; asthma")]
    [InlineData("no thanks", null)]
    [InlineData("none", null)]
    public async Task The_notes_the_person_adds_go_with_the_link_and_a_no_adds_none(string answer, string? notes)
    {
        var reports = new RecordingReports();
        var client = Client(new ExportDialog(Library, reports));

        var asked = await SayAsync(client, "export for my therapist");
        var ready = await SayAsync(client, answer);

        Assert.Contains(English.Text(TextKeys.ExportNotesAsk), asked);
        Assert.Equal([notes], reports.Notes);
        Assert.Contains(ready, t => t.Contains("https://coach.example/exports/abc", StringComparison.Ordinal));
    }

    // What the host would do with the request; the real links are tested through the host.
    private sealed class RecordingReports : IProgressReports
    {
        public List<string?> Notes { get; } = [];

        public Task<IMessageActivity?> ProgressMessageAsync(string userKey, CancellationToken cancellationToken) => Task.FromResult<IMessageActivity?>(null);

        public Task<Uri> CreateExportLinkAsync(string userKey, string? notes, string? locale, CancellationToken cancellationToken)
        {
            Notes.Add(notes);
            return Task.FromResult(new Uri("https://coach.example/exports/abc"));
        }

        public Task<int> DeleteExportLinksAsync(string userKey, CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
