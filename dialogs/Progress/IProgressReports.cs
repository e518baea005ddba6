using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Progress;

/// <summary>Progress charts and therapist exports, which the host renders from the pain log.</summary>
public interface IProgressReports
{
    /// <summary>A message with a short summary and a chart of before and after ratings by day, or null when there are no ratings.</summary>
    Task<IMessageActivity?> ProgressMessageAsync(string userKey, string? locale, CancellationToken cancellationToken);

    /// <summary>A link, valid for 24 hours, to a printable report with <paramref name="notes"/>, a CSV and a FHIR export.</summary>
    Task<Uri> CreateExportLinkAsync(string userKey, string? notes, string? locale, CancellationToken cancellationToken);

    /// <summary>Ends every export link of <paramref name="userKey"/>, notes included; returns how many there were.</summary>
    Task<int> DeleteExportLinksAsync(string userKey, CancellationToken cancellationToken);
}
