using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;
using CoachBot.Testing.Safety;
using Xunit.Abstractions;

namespace CoachBot.Dialogs.Tests.Safety;

/// <summary>
/// The detector alone over the whole phrase corpus, listing every miss and false alarm by text, so
/// a content editor sees at once which words are missing. The same corpus runs through the whole
/// host in CoachBot.Tests (Safety/RedFlagCorpusConversationTests).
/// </summary>
public sealed class RedFlagCorpusTests(ITestOutputHelper output)
{
    private static readonly ContentLibrary Library = ContentLibrary.Load(ContentLibrary.DefaultRoot);

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_emergency_phrasing_and_nearly_every_doctor_phrasing_is_noticed_and_ordinary_complaints_are_not(string language)
    {
        var detector = new RedFlagDetector(Library.For(language).Symptoms);
        var corpus = PhrasingCorpus.Load(language);
        Assert.NotEmpty(corpus);
        var noticed = corpus.Select(p => (Phrasing: p, Sign: detector.Detect(p.Text))).ToList();

        var emergencies = noticed.Where(x => x.Phrasing.Expect == PhrasingCorpus.Emergency).ToList();
        var doctors = noticed.Where(x => x.Phrasing.Expect == PhrasingCorpus.Doctor).ToList();
        var ordinary = noticed.Where(x => x.Phrasing.Expect == PhrasingCorpus.None).ToList();
        var missedEmergencies = emergencies.Where(x => x.Sign?.Outcome != SafetyOutcomes.Emergency).ToList();
        var missedDoctors = doctors.Where(x => x.Sign is null).ToList();
        var falseAlarms = ordinary.Where(x => x.Sign is not null).ToList();

        foreach (var (phrasing, sign) in missedEmergencies.Concat(missedDoctors).Concat(falseAlarms))
        {
            output.WriteLine($"{phrasing.Expect,-9} {phrasing.Sign,-20} got {sign?.Id ?? "nothing",-22} {phrasing.Text}");
        }

        output.WriteLine($"emergency {emergencies.Count - missedEmergencies.Count}/{emergencies.Count}, doctor {doctors.Count - missedDoctors.Count}/{doctors.Count}, false alarms {falseAlarms.Count}/{ordinary.Count}");
        Assert.Empty(missedEmergencies);
        Assert.True(missedDoctors.Count * 20 <= doctors.Count, $"{missedDoctors.Count} of {doctors.Count} doctor phrasings missed");
        Assert.True(falseAlarms.Count * 100 <= ordinary.Count, $"{falseAlarms.Count} false alarms in {ordinary.Count} ordinary messages");
    }
}
