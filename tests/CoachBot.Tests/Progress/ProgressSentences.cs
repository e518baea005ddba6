using CoachBot.Dialogs.Catalogs;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Progress;

/// <summary>
/// The progress summary's sentences in the English content's words, filled with the numbers a test
/// expects: the numbers are what the test checks, the wording stays the clinician's to change.
/// </summary>
internal static class ProgressSentences
{
    /// <summary>"So far: 3 sessions over 2 days with ratings."</summary>
    public static string SoFar(int sessions, int days) =>
        English.Text(TextKeys.ProgressSoFar, new { sessions = Count(sessions, TextKeys.CountSessionOne, TextKeys.CountSessionOther), days = Days(days) });

    /// <summary>The average pain before and after a session, each as the summary writes it ("5.5/10").</summary>
    public static string Averages(string before, string after) => English.Text(TextKeys.ProgressAverages, new { before, after });

    /// <summary>The averages over the <paramref name="paired"/> sessions rated both before and after, when some were not.</summary>
    public static string AveragesPaired(string before, string after, int paired) =>
        English.Text(TextKeys.ProgressAveragesPaired, new { before, after, paired = Count(paired, TextKeys.CountSessionOne, TextKeys.CountSessionOther) });

    /// <summary>
    /// The usual pain's trend in the words of <paramref name="verdictKey"/> (progress.improving,
    /// progress.worse...): the last and first <paramref name="window"/> days' averages ("3.3/10")
    /// and the change in percent, within the two-week program or over all ratings.
    /// </summary>
    public static string Trend(string verdictKey, string last, string first, int window, int percent, bool inProgram = false)
    {
        var where = English.Text(inProgram ? TextKeys.ProgressUsualPainInProgram : TextKeys.ProgressUsualPain);
        var compared = English.Text(TextKeys.ProgressCompared, new { last, first, window = Days(window) });
        return English.Text(verdictKey, new { where, compared, percent });
    }

    private static string Days(int n) => Count(n, TextKeys.CountDayOne, TextKeys.CountDayOther);

    private static string Count(int n, string one, string other) => English.Text(n == 1 ? one : other, new { n });
}
