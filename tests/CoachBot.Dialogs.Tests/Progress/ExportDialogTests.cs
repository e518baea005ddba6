using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Progress;
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
}
