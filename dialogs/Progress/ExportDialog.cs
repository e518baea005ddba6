using System.Text.RegularExpressions;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Ratings;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Progress;

/// <summary>
/// "Export for my therapist": asks whether to add notes (medications, health conditions: a
/// therapist should know them; docs/CLINICAL.md), then gives a 24-hour link to a printable report, a CSV and FHIR.
/// </summary>
public sealed class ExportDialog : ComponentDialog
{
    private static readonly Regex NoNotes = new(@"^\s*(no|nope|none|nothing|no thanks|skip|n)\s*[.!]*\s*$", RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));

    private readonly ContentLibrary _library;
    private readonly IProgressReports _reports;

    /// <summary>Creates the dialog.</summary>
    public ExportDialog(ContentLibrary library, IProgressReports reports)
        : base(DialogIds.Export)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _reports = reports ?? throw new ArgumentNullException(nameof(reports));
        AddDialog(new WaterfallDialog(nameof(ExportDialog), [AskNotesAsync, CreateLinkAsync]));
        AddDialog(new TextPrompt(DialogIds.Notes));
        InitialDialogId = nameof(ExportDialog);
    }

    private async Task<DialogTurnResult> AskNotesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        return await step.PromptAsync(DialogIds.Notes, content.Ask(TextKeys.ExportNotesAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> CreateLinkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var answer = (string)step.Result!;
        var notes = NoNotes.IsMatch(answer) ? null : answer;
        var link = await _reports.CreateExportLinkAsync(UserKeys.For(step.Context.Activity), notes, step.Context.Activity.Locale, cancellationToken).ConfigureAwait(false);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ExportReady, new { link = link.ToString().TrimEnd('/') })), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(link, cancellationToken).ConfigureAwait(false);
    }
}
