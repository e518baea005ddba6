using System.Net;
using System.Text.Encodings.Web;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Exports;
using CoachBot.Progress;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using CoachBot.Tests.Progress;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CoachBot.Tests.Exports;

[Collection(AzuriteCollection.Name)]
public sealed class ExportEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Ada = "msteams/users/ada";
    private const string Bo = "directline/users/bo";
    private const string ScriptNote = "Ibuprofen 400 mg <script>alert('x')</script> & \"asthma\"";
    private const string FormulaNote = "=HYPERLINK(\"http://evil.example\",\"click\"), warfarin";

    private ExportHost _host = null!;

    public async System.Threading.Tasks.Task InitializeAsync()
    {
        _host = new ExportHost(azurite);
        await _host.SeedAsync(Ratings.Daily(before: [7, 6, 5], after: [4, 3, 2], user: Ada));
        await _host.SeedAsync([Ratings.Rating(Ada, 3, 5, PainRatingPhases.CheckIn, area: "lower-back", side: "")]);
    }

    public async System.Threading.Tasks.Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async System.Threading.Tasks.Task The_report_shows_every_rating_in_a_table_with_date_phase_area_side_and_rating()
    {
        var path = await _host.LinkPathAsync(Ada);

        using var response = await _host.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<tr><td>2026-11-02</td><td>13:00</td><td>Before session</td><td>Neck</td><td>Left</td><td class=\"num\">7</td></tr>", html);
        Assert.Contains("<tr><td>2026-11-04</td><td>13:05</td><td>After session</td><td>Neck</td><td>Left</td><td class=\"num\">2</td></tr>", html);
        Assert.Contains("<td>Daily check-in</td><td>Lower back</td><td></td><td class=\"num\">5</td>", html);
        Assert.Equal(7, html.Split("<tr><td>").Length - 1);
        Assert.Contains("<li>Neck (Left): 3 sessions</li>", html);
        Assert.Contains(Html(SessionScript.English.Text(TextKeys.ExportDisclaimer)), html);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_program_shows_in_the_report_as_it_does_in_show_my_progress_chart_and_averages_alike()
    {
        const string Cy = "directline/users/cy";
        var program = Enumerable.Range(0, 6).Select(day => Ratings.Rating(Cy, day, day < 3 ? 6 : 4, PainRatingPhases.CheckIn) with { ProgramDay = day + 1, SessionId = $"c{day}" }).ToList();
        await _host.SeedAsync(program);

        using var response = await _host.Client.GetAsync(await _host.LinkPathAsync(Cy));
        var html = await response.Content.ReadAsStringAsync();

        var chart = ProgressChart.ToDataUri(ProgressChart.Render(program, SessionScript.English));
        Assert.Contains($"<img src=\"{chart}\"", html);
        Assert.Contains($"alt=\"{Html(SessionScript.English.Text(TextKeys.ChartProgramDescribe, new { start = "2026-11-02" }))}\"", html);
        Assert.Contains(Html(SessionScript.English.Text(TextKeys.ExportSummaryUsualInProgram, new { start = "2026-11-02", end = "2026-11-15", window = 3, first = 6, last = 4, change = " (-33%)" })), html);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_report_is_one_self_contained_printable_page_with_the_chart_inline()
    {
        var path = await _host.LinkPathAsync(Ada);

        using var response = await _host.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<img src=\"data:image/png;base64,", html);
        Assert.Contains("@media print", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("img-src data:", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());

        // The download links are relative to the page and lead to the CSV and the FHIR Bundle.
        var page = new Uri(_host.Client.BaseAddress!, path);
        foreach (var download in new[] { "ratings.csv", "fhir.json" })
        {
            var href = System.Text.RegularExpressions.Regex.Match(html, $"href=\"([^\"]*/{download})\"").Groups[1].Value;
            using var file = await _host.Client.GetAsync(new Uri(page, href));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task A_note_with_markup_is_shown_as_text_not_run_as_a_script()
    {
        var path = await _host.LinkPathAsync(Ada, ScriptNote);

        var html = await _host.Client.GetStringAsync(path);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Ibuprofen 400 mg &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;asthma&quot;", html);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_csv_parses_back_to_one_row_per_rating_under_a_header()
    {
        var path = await _host.LinkPathAsync(Ada, "Ibuprofen, as needed");

        using var response = await _host.Client.GetAsync(path + "/ratings.csv");
        var rows = Rfc4180.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ExportCsv.Columns(SessionScript.English), rows[0]);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, row => Assert.Equal(ExportCsv.ColumnKeys.Count, row.Count));
        Assert.Equal(["2026-11-02T13:00:00Z", "2026-11-02", "13:00", "Europe/London", "before", "neck", "Neck", "left", "7", "0", "s0", "Ibuprofen, as needed"], rows[1]);
        Assert.Equal(["7", "4", "6", "3", "5", "2", "5"], rows.Skip(1).Select(r => r[8]));
        Assert.Equal(SessionScript.English.Area("lower-back").Label, rows[7][6]);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_formula_looking_note_reaches_the_spreadsheet_as_text()
    {
        var path = await _host.LinkPathAsync(Ada, FormulaNote);

        var rows = Rfc4180.Parse(await _host.Client.GetStringAsync(path + "/ratings.csv"));

        Assert.All(rows.Skip(1), row => Assert.Equal("'" + FormulaNote, row[^1]));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("neck", "neck")]
    public void Csv_fields_are_neutralised_and_quoted_as_needed(string value, string expected)
    {
        Assert.Equal(expected, ExportCsv.Field(value));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_fhir_bundle_parses_back_with_one_coded_observation_per_rating()
    {
        var path = await _host.LinkPathAsync(Ada, ScriptNote);

        using var response = await _host.Client.GetAsync(path + "/fhir.json");
        var bundle = ParseBundle(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var observations = bundle.Entry.Select(e => Assert.IsType<Observation>(e.Resource)).ToList();
        Assert.Equal(7, observations.Count);
        Assert.Equal([7, 4, 6, 3, 5, 2, 5], observations.Select(o => Assert.IsType<Integer>(o.Value).Value!.Value));
        Assert.All(observations, o =>
        {
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.Contains(o.Code.Coding, c => c.System == "http://loinc.org" && c.Code == "72514-3");
            Assert.Contains(o.Category.SelectMany(c => c.Coding), c => c.System == "http://terminology.hl7.org/CodeSystem/observation-category" && c.Code == "survey");
            Assert.Null(o.Subject!.Reference);
            Assert.Null(o.Subject.Identifier);
        });

        var first = observations[0];
        Assert.Equal(new[] { ("http://snomed.info/sct", "45048000") }, first.BodySite!.Coding.Select(c => (c.System!, c.Code!)));
        Assert.Equal("2026-11-02T13:00:00+00:00", ((FhirDateTime)first.Effective!).Value);
        Assert.StartsWith("before", first.Note.Single().Text);
        Assert.StartsWith("after", observations[1].Note.Single().Text);
        Assert.Equal("37822005", observations[6].BodySite!.Coding.Single().Code);
        Assert.StartsWith("checkin", observations[6].Note.Single().Text);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_link_works_for_24_hours_and_then_answers_410_gone_in_every_format()
    {
        var path = await _host.LinkPathAsync(Ada);

        _host.Clock.Advance(TimeSpan.FromHours(23.9));
        Assert.Equal(HttpStatusCode.OK, (await _host.Client.GetAsync(path)).StatusCode);

        _host.Clock.Advance(TimeSpan.FromHours(0.2));
        foreach (var suffix in new[] { string.Empty, "/ratings.csv", "/fhir.json" })
        {
            using var response = await _host.Client.GetAsync(path + suffix);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains(SessionScript.English.Text(TextKeys.ExportLinkExpired), body);
            Assert.DoesNotContain(SessionScript.English.Area("neck").Label, body);
        }
    }

    [Theory]
    [InlineData("/exports/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/exports/not-a-token/ratings.csv")]
    [InlineData("/exports/%27%20or%201%3D1/fhir.json")]
    public async System.Threading.Tasks.Task An_unknown_token_answers_404_with_a_short_message(string path)
    {
        using var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(SessionScript.English.Text(TextKeys.ExportLinkUnknown), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async System.Threading.Tasks.Task Another_person_s_link_never_shows_this_person_s_ratings_or_notes()
    {
        await _host.SeedAsync([Ratings.Rating(Bo, 0, 9, PainRatingPhases.Before, area: "calf", side: "right")]);
        await _host.LinkPathAsync(Ada, "Ada takes warfarin");
        var boPath = await _host.LinkPathAsync(Bo, "Bo has asthma");

        var html = await _host.Client.GetStringAsync(boPath);
        var csv = Rfc4180.Parse(await _host.Client.GetStringAsync(boPath + "/ratings.csv"));
        var bundle = ParseBundle(await _host.Client.GetStringAsync(boPath + "/fhir.json"));

        Assert.Contains("Bo has asthma", html);
        Assert.DoesNotContain("warfarin", html);
        Assert.DoesNotContain(SessionScript.English.Area("neck").Label, html);
        Assert.Equal(["9"], csv.Skip(1).Select(r => r[8]));
        Assert.Equal(9, Assert.IsType<Integer>(Assert.IsType<Observation>(bundle.Entry.Single().Resource).Value).Value);
    }

    // The classic parser that FHIR tooling has used for years; 6.x marks it obsolete in favour of
    // FhirJsonDeserializer, but a bundle it reads is what other systems will read too.
#pragma warning disable CS0618
    private static Bundle ParseBundle(string json) => new FhirJsonParser().Parse<Bundle>(json);
#pragma warning restore CS0618

    // A content text as the report writes it into its HTML.
    private static string Html(string text) => HtmlEncoder.Default.Encode(text);

    [Fact]
    public async System.Threading.Tasks.Task Each_link_is_a_fresh_unguessable_token_on_the_configured_public_address()
    {
        await using var host = new ExportHost(azurite, new Dictionary<string, string?> { ["Coach:PublicBaseUrl"] = "https://coach.example.org/" });

        var first = await host.Links.CreateLinkAsync(Ada);
        var second = await host.Links.CreateLinkAsync(Ada);

        Assert.StartsWith("https://coach.example.org/exports/", first.ToString());
        var token = first.Segments[^1];
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.NotEqual(first, second);
    }
}
