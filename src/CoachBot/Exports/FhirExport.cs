using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace CoachBot.Exports;

/// <summary>
/// The ratings as a FHIR R4 Bundle (type collection) of Observations, coded as docs/CLINICAL.md
/// describes: LOINC 72514-3, category survey, valueInteger, SNOMED CT body site, the
/// phase in a note. The subject is a display-only reference: the bundle carries no identifier of
/// the person, so it can be handed over without linking it to any account.
/// </summary>
public static class FhirExport
{
    /// <summary>LOINC's code system.</summary>
    public const string LoincSystem = "http://loinc.org";

    /// <summary>Pain severity - 0-10 verbal numeric rating [Score] - Reported.</summary>
    public const string PainSeverityCode = "72514-3";

    /// <summary>The LOINC display of <see cref="PainSeverityCode"/>.</summary>
    public const string PainSeverityDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    /// <summary>SNOMED CT's code system.</summary>
    public const string SnomedSystem = "http://snomed.info/sct";

    /// <summary>The observation category code system.</summary>
    public const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>Builds the Bundle of <paramref name="report"/>: one Observation per rating, oldest first.</summary>
    public static Bundle CreateBundle(ExportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var bundle = new Bundle
        {
            Id = Guid.NewGuid().ToString(),
            Type = Bundle.BundleType.Collection,
            Timestamp = report.GeneratedAt,
        };

        foreach (var rating in report.Ratings)
        {
            var observation = CreateObservation(report, rating);
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + observation.Id, Resource = observation });
        }

        return bundle;
    }

    /// <summary>The Bundle of <paramref name="report"/> as FHIR JSON.</summary>
    public static string ToJson(ExportReport report) => CreateBundle(report).ToJson(pretty: true);

    private static Observation CreateObservation(ExportReport report, PainRating rating)
    {
        var observation = new Observation
        {
            Id = Guid.NewGuid().ToString(),
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept(CategorySystem, "survey", "Survey")],
            Code = new CodeableConcept(LoincSystem, PainSeverityCode, PainSeverityDisplay, report.Content.Text(TextKeys.FhirCodeText)),
            Subject = new ResourceReference { Display = report.Content.Text(TextKeys.FhirSubject) },
            Effective = new FhirDateTime(rating.RecordedAt),
            Value = new Integer(rating.Rating),
            Note = [new Annotation { Text = new Markdown(PhaseNote(report.Content, rating)) }],
        };

        var area = report.FindArea(rating.Area);
        var text = report.Place(rating.Area, rating.Side);
        observation.BodySite = area is null
            ? new CodeableConcept { Text = text }
            : new CodeableConcept(SnomedSystem, area.BodySite.Code, area.BodySite.Display, text);
        return observation;
    }

    // The note's words are the person's language; the LOINC and SNOMED displays stay as their
    // code systems publish them.
    private static string PhaseNote(LanguageContent content, PainRating rating)
    {
        var phase = rating.Phase switch
        {
            PainRatingPhases.Before => content.Text(TextKeys.FhirBefore),
            PainRatingPhases.After => content.Text(TextKeys.FhirAfter),
            PainRatingPhases.CheckIn => content.Text(TextKeys.FhirCheckin),
            _ => rating.Phase,
        };
        return rating.ProgramDay > 0 ? content.Text(TextKeys.FhirProgramDay, new { phase, day = rating.ProgramDay }) : phase;
    }
}
