using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Progress;
using CoachBot.Dialogs.Ratings;
using CoachBot.Progress;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Exports;

/// <summary>Builds what "show my progress" and "export for my therapist" send, from the pain log.</summary>
public sealed class ProgressReports(IPainLog log, ExportLinkService links, ContentLibrary library) : IProgressReports
{
    /// <inheritdoc />
    public async Task<IMessageActivity?> ProgressMessageAsync(string userKey, string? locale, CancellationToken cancellationToken)
    {
        var ratings = await log.ListAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (ratings.Count == 0)
        {
            return null;
        }

        var content = library.For(locale);
        var message = MessageFactory.Attachment(ProgressChart.RenderAttachment(ratings, content));
        message.Text = ProgressSummary.From(ratings, content).Text;
        return message;
    }

    /// <inheritdoc />
    public Task<Uri> CreateExportLinkAsync(string userKey, string? notes, string? locale, CancellationToken cancellationToken) =>
        links.CreateLinkAsync(userKey, notes, locale, cancellationToken);

    /// <inheritdoc />
    public Task<int> DeleteExportLinksAsync(string userKey, CancellationToken cancellationToken) =>
        links.DeleteAllAsync(userKey, cancellationToken);
}
