using System.Globalization;
using System.Text;
using CoachBot.Dialogs.Catalogs;

namespace CoachBot.Exports;

/// <summary>
/// The ratings as RFC 4180 CSV: a header row, CRLF line ends, fields quoted when they hold a comma,
/// quote or line break, invariant culture. Cells that a spreadsheet would run as a formula (starting
/// with = + - @, tab or carriage return) get a leading single quote, because the notes are free text
/// typed by the person and a therapist will open this file in Excel (OWASP "CSV injection").
/// </summary>
public static class ExportCsv
{
    /// <summary>The text keys of the column names, in order; each language names them in its texts.json.</summary>
    public static IReadOnlyList<string> ColumnKeys { get; } =
    [
        TextKeys.CsvRecordedAtUtc, TextKeys.CsvLocalDate, TextKeys.CsvLocalTime, TextKeys.CsvTimeZone, TextKeys.CsvPhase, TextKeys.CsvArea,
        TextKeys.CsvAreaLabel, TextKeys.CsvSide, TextKeys.CsvRating, TextKeys.CsvProgramDay, TextKeys.CsvSessionId, TextKeys.CsvNotes,
    ];

    /// <summary>The column names in <paramref name="content"/>'s language, in order.</summary>
    public static IReadOnlyList<string> Columns(LanguageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ColumnKeys.Select(key => content.Text(key)).ToList();
    }

    /// <summary>Writes <paramref name="report"/> as CSV text (no byte-order mark).</summary>
    public static string Write(ExportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        AppendRow(csv, Columns(report.Content));
        foreach (var r in report.Ratings)
        {
            // The notes repeat on every row so each row stands alone when filtered or imported.
            AppendRow(csv,
            [
                r.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                r.LocalDate,
                ExportReport.LocalTime(r),
                r.TimeZone,
                r.Phase,
                r.Area,
                report.AreaLabel(r.Area),
                r.Side,
                r.Rating.ToString(CultureInfo.InvariantCulture),
                r.ProgramDay.ToString(CultureInfo.InvariantCulture),
                r.SessionId,
                report.Link.Notes,
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One field, neutralised against formulas and quoted when RFC 4180 requires it.</summary>
    public static string Field(string? value)
    {
        value ??= string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }
}
