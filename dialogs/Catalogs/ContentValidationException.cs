namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// Content failed validation at start-up. The message names the file and the item, so whoever
/// edited the content (often a clinician, not an engineer) can find and fix it.
/// </summary>
public sealed class ContentValidationException : Exception
{
    /// <summary>Creates the exception listing every problem found.</summary>
    public ContentValidationException(IReadOnlyList<string> problems)
        : base("The coach's content has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Each problem, as "file: item: what is wrong".</summary>
    public IReadOnlyList<string> Problems { get; }
}
