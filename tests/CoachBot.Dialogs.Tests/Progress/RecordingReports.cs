using CoachBot.Dialogs.Progress;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.Progress;

/// <summary>What the host would do with the dialogs' requests for reports; the real links are tested through the host.</summary>
internal sealed class RecordingReports : IProgressReports
{
    /// <summary>The notes of every link made.</summary>
    public List<string?> Notes { get; } = [];

    /// <summary>The people whose links were deleted.</summary>
    public List<string> DeletedFor { get; } = [];

    /// <summary>How many links each delete reports.</summary>
    public int LinksToDelete { get; set; }

    public Task<IMessageActivity?> ProgressMessageAsync(string userKey, string? locale, CancellationToken cancellationToken) => Task.FromResult<IMessageActivity?>(null);

    public Task<Uri> CreateExportLinkAsync(string userKey, string? notes, string? locale, CancellationToken cancellationToken)
    {
        Notes.Add(notes);
        return Task.FromResult(new Uri("https://coach.example/exports/abc"));
    }

    public Task<int> DeleteExportLinksAsync(string userKey, CancellationToken cancellationToken)
    {
        DeletedFor.Add(userKey);
        return Task.FromResult(LinksToDelete);
    }
}
