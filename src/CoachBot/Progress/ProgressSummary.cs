using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;

namespace CoachBot.Progress;

/// <summary>
/// A short, honest summary of a person's pain ratings: how many sessions and days, the average
/// before and after a session, and whether their usual pain has changed in a way that counts.
/// Pure: the same ratings always give the same text, so it is tested without storage or a clock.
/// </summary>
/// <remarks>
/// Before and after are averaged over sessions that have both (<see cref="SessionPair"/>), so a
/// session without an "after" cannot tilt the comparison. The trend is <see cref="PainTrend"/>,
/// the same computation as the program's reviews: within the latest two-week program when the
/// ratings show one (so "show my progress" and the day-7 review give the same numbers), over all
/// ratings otherwise.
/// </remarks>
public sealed class ProgressSummary
{
    private readonly LanguageContent _content;

    private ProgressSummary(int ratings, IReadOnlyList<SessionPair> sessions, int days, PainTrend? trend, ProgramPeriod? program, LanguageContent content)
    {
        _content = content;
        Ratings = ratings;
        Sessions = sessions.Count;
        Days = days;
        var complete = sessions.Where(s => s.IsComplete).ToList();
        PairedSessions = complete.Count;
        AverageBefore = complete.Count == 0 ? null : PainTrend.Round(complete.Average(s => s.Before!.Value));
        AverageAfter = complete.Count == 0 ? null : PainTrend.Round(complete.Average(s => s.After!.Value));
        UsualPain = trend;
        Program = program;
        Trend = Judge(trend);
        Text = Compose();
    }

    /// <summary>How many ratings there are in all.</summary>
    public int Ratings { get; }

    /// <summary>Sessions with a before or after rating.</summary>
    public int Sessions { get; }

    /// <summary>Sessions with both a before and an after rating: the ones the averages are over.</summary>
    public int PairedSessions { get; }

    /// <summary>Distinct local days with at least one rating.</summary>
    public int Days { get; }

    /// <summary>The average "before" of the paired sessions, rounded once; null when there is none.</summary>
    public double? AverageBefore { get; }

    /// <summary>The average "after" of the paired sessions, rounded once; null when there is none.</summary>
    public double? AverageAfter { get; }

    /// <summary>The usual pain's first and last days, when there are enough days to compare.</summary>
    public PainTrend? UsualPain { get; }

    /// <summary>The program the trend is taken within, or null when it is over all ratings.</summary>
    public ProgramPeriod? Program { get; }

    /// <summary>The judgement of <see cref="UsualPain"/>.</summary>
    public ProgressTrend Trend { get; }

    /// <summary>The summary as the coach says it, in the person's language.</summary>
    public string Text { get; }

    /// <summary>Summarises <paramref name="ratings"/> (any order; days are the ratings' local dates) in <paramref name="content"/>'s words.</summary>
    public static ProgressSummary From(IEnumerable<PainRating> ratings, LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(content);
        var all = ratings.ToList();
        var days = all.Select(r => r.LocalDate).Distinct(StringComparer.Ordinal).Count();
        var program = ProgramPeriod.Latest(all);
        var trend = PainTrend.Of(program is null ? all : all.Where(program.Contains));
        return new ProgressSummary(all.Count, SessionPair.All(all), days, trend, program, content);
    }

    private static ProgressTrend Judge(PainTrend? trend) => trend switch
    {
        null => ProgressTrend.NotEnoughData,
        { RoseClearly: true } => ProgressTrend.Worse,
        { StartedLow: true } => ProgressTrend.Low,
        { IsMeaningful: true } => ProgressTrend.Improving,
        _ => ProgressTrend.Flat,
    };

    private string Compose()
    {
        var disclaimer = _content.Text(TextKeys.ProgressDisclaimer);
        if (Ratings == 0)
        {
            return _content.Text(TextKeys.ProgressNoRatings) + " " + disclaimer;
        }

        var parts = new List<string> { _content.Text(TextKeys.ProgressSoFar, new { sessions = Count(Sessions, Noun.Session), days = Count(Days, Noun.Day) }) };
        if (AverageBefore is { } before && AverageAfter is { } after)
        {
            parts.Add(PairedSessions == Sessions
                ? _content.Text(TextKeys.ProgressAverages, new { before = Score(before), after = Score(after) })
                : _content.Text(TextKeys.ProgressAveragesPaired, new { before = Score(before), after = Score(after), paired = Count(PairedSessions, Noun.Session) }));
        }

        parts.Add(DescribeTrend());
        parts.Add(disclaimer);
        return string.Join(' ', parts);
    }

    private string DescribeTrend()
    {
        if (UsualPain is not { } trend)
        {
            return _content.Text(TextKeys.ProgressNotEnoughDays, new { days = PainTrend.MinDays });
        }

        var where = _content.Text(Program is null ? TextKeys.ProgressUsualPain : TextKeys.ProgressUsualPainInProgram);
        var window = Count(trend.WindowDays, Noun.Day);
        var compared = _content.Text(TextKeys.ProgressCompared, new { last = Score(trend.LastAverage), first = Score(trend.FirstAverage), window });
        var values = new { where, compared, percent = trend.Percent };

        // "Looks like", not "is" (in every language's wording): self-ratings vary, and the coach
        // must not promise a cure.
        return Trend switch
        {
            ProgressTrend.Improving => _content.Text(TextKeys.ProgressImproving, values),
            ProgressTrend.Worse => _content.Text(trend.FirstAverage == 0 ? TextKeys.ProgressWorseFromNone : TextKeys.ProgressWorse, values),
            ProgressTrend.Low => _content.Text(TextKeys.ProgressLow, values),
            _ => _content.Text(TextKeys.ProgressFlat, values),
        };
    }

    private string Count(int n, Noun noun) => Counted(_content, n, noun);

    /// <summary>"1 session", "3 days": the language's singular or plural, from its texts.</summary>
    internal static string Counted(LanguageContent content, int n, Noun noun) =>
        content.Text((noun, n == 1) switch
        {
            (Noun.Session, true) => TextKeys.CountSessionOne,
            (Noun.Session, false) => TextKeys.CountSessionOther,
            (_, true) => TextKeys.CountDayOne,
            _ => TextKeys.CountDayOther,
        }, new { n });

    private static string Score(double value) => PainTrend.Format(value) + "/10";

    /// <summary>What a count counts.</summary>
    internal enum Noun
    {
        Session,
        Day,
    }
}
