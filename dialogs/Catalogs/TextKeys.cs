using System.Reflection;

namespace CoachBot.Dialogs.Catalogs;

/// <summary>
/// The keys of texts.json the dialogs use. Validation checks each exists, so a missing or renamed
/// text fails at start-up, not in front of a person.
/// </summary>
public static class TextKeys
{
    /// <summary>texts.json "welcome".</summary>
    public const string Welcome = "welcome";

    /// <summary>texts.json "welcome.title": the title of the welcome card in Teams.</summary>
    public const string WelcomeTitle = "welcome.title";

    /// <summary>texts.json "language.changed": said in the language just chosen.</summary>
    public const string LanguageChanged = "language.changed";

    /// <summary>texts.json "length.choice": a release length's button ("{seconds} seconds").</summary>
    public const string LengthChoice = "length.choice";

    /// <summary>texts.json "answer.yes": the Yes button.</summary>
    public const string AnswerYes = "answer.yes";

    /// <summary>texts.json "answer.no": the No button.</summary>
    public const string AnswerNo = "answer.no";

    /// <summary>texts.json "list.and": how a list ends ("{rest} and {last}").</summary>
    public const string ListAnd = "list.and";

    /// <summary>texts.json "cautions.none": the button for none of the cautions.</summary>
    public const string CautionsNone = "cautions.none";

    /// <summary>texts.json "error.reset": a turn failed and the conversation was reset.</summary>
    public const string ErrorReset = "error.reset";

    /// <summary>texts.json "error.storage": storage did not answer; the person sends again.</summary>
    public const string ErrorStorage = "error.storage";

    /// <summary>texts.json "export.linkUnknown": an export address that does not exist.</summary>
    public const string ExportLinkUnknown = "export.linkUnknown";

    /// <summary>texts.json "export.linkExpired": an export link past its 24 hours.</summary>
    public const string ExportLinkExpired = "export.linkExpired";

    /// <summary>texts.json "about".</summary>
    public const string About = "about";

    /// <summary>texts.json "help".</summary>
    public const string Help = "help";

    /// <summary>texts.json "consent.ask".</summary>
    public const string ConsentAsk = "consent.ask";

    /// <summary>texts.json "consent.retry".</summary>
    public const string ConsentRetry = "consent.retry";

    /// <summary>texts.json "consent.yes".</summary>
    public const string ConsentYes = "consent.yes";

    /// <summary>texts.json "consent.no".</summary>
    public const string ConsentNo = "consent.no";

    /// <summary>texts.json "area.ask".</summary>
    public const string AreaAsk = "area.ask";

    /// <summary>texts.json "area.retry".</summary>
    public const string AreaRetry = "area.retry";

    /// <summary>texts.json "area.why".</summary>
    public const string AreaWhy = "area.why";

    /// <summary>texts.json "area.several".</summary>
    public const string AreaSeveral = "area.several";

    /// <summary>texts.json "side.ask".</summary>
    public const string SideAsk = "side.ask";

    /// <summary>texts.json "side.retry".</summary>
    public const string SideRetry = "side.retry";

    /// <summary>texts.json "duration.ask".</summary>
    public const string DurationAsk = "duration.ask";

    /// <summary>texts.json "duration.retry".</summary>
    public const string DurationRetry = "duration.retry";

    /// <summary>texts.json "duration.why".</summary>
    public const string DurationWhy = "duration.why";

    /// <summary>texts.json "pain.before.ask".</summary>
    public const string PainBeforeAsk = "pain.before.ask";

    /// <summary>texts.json "pain.after.ask".</summary>
    public const string PainAfterAsk = "pain.after.ask";

    /// <summary>texts.json "pain.retry".</summary>
    public const string PainRetry = "pain.retry";

    /// <summary>texts.json "pain.outOfRange".</summary>
    public const string PainOutOfRange = "pain.outOfRange";

    /// <summary>texts.json "pain.why".</summary>
    public const string PainWhy = "pain.why";

    /// <summary>texts.json "pain.ouch".</summary>
    public const string PainOuch = "pain.ouch";

    /// <summary>texts.json "pain.severe".</summary>
    public const string PainSevere = "pain.severe";

    /// <summary>texts.json "screen.intro".</summary>
    public const string ScreenIntro = "screen.intro";

    /// <summary>texts.json "screen.retry".</summary>
    public const string ScreenRetry = "screen.retry";

    /// <summary>texts.json "screen.why".</summary>
    public const string ScreenWhy = "screen.why";

    /// <summary>texts.json "screen.clear".</summary>
    public const string ScreenClear = "screen.clear";

    /// <summary>texts.json "screen.chronic".</summary>
    public const string ScreenChronic = "screen.chronic";

    /// <summary>texts.json "cautions.retry".</summary>
    public const string CautionsRetry = "cautions.retry";

    /// <summary>texts.json "cautions.which".</summary>
    public const string CautionsWhich = "cautions.which";

    /// <summary>texts.json "cautions.more".</summary>
    public const string CautionsMore = "cautions.more";

    /// <summary>texts.json "cautions.atSite".</summary>
    public const string CautionsAtSite = "cautions.atSite";

    /// <summary>texts.json "cautions.stretchOnly".</summary>
    public const string CautionsStretchOnly = "cautions.stretchOnly";

    /// <summary>texts.json "heat.tip".</summary>
    public const string HeatTip = "heat.tip";

    /// <summary>texts.json "tool.ask".</summary>
    public const string ToolAsk = "tool.ask";

    /// <summary>texts.json "tool.retry".</summary>
    public const string ToolRetry = "tool.retry";

    /// <summary>texts.json "spot.ask".</summary>
    public const string SpotAsk = "spot.ask";

    /// <summary>texts.json "spot.notFound".</summary>
    public const string SpotNotFound = "spot.notFound";

    /// <summary>texts.json "length.ask".</summary>
    public const string LengthAsk = "length.ask";

    /// <summary>texts.json "length.retry".</summary>
    public const string LengthRetry = "length.retry";

    /// <summary>texts.json "release.start".</summary>
    public const string ReleaseStart = "release.start";

    /// <summary>texts.json "release.pressure".</summary>
    public const string ReleasePressure = "release.pressure";

    /// <summary>texts.json "release.pressure.light".</summary>
    public const string ReleasePressureLight = "release.pressure.light";

    /// <summary>texts.json "release.halfway".</summary>
    public const string ReleaseHalfway = "release.halfway";

    /// <summary>texts.json "release.end".</summary>
    public const string ReleaseEnd = "release.end";

    /// <summary>texts.json "release.tooMuch".</summary>
    public const string ReleaseTooMuch = "release.tooMuch";

    /// <summary>texts.json "release.done".</summary>
    public const string ReleaseDone = "release.done";

    /// <summary>texts.json "release.stopped".</summary>
    public const string ReleaseStopped = "release.stopped";

    /// <summary>texts.json "release.waiting".</summary>
    public const string ReleaseWaiting = "release.waiting";

    /// <summary>texts.json "release.welcomeBack".</summary>
    public const string ReleaseWelcomeBack = "release.welcomeBack";

    /// <summary>texts.json "stretch.intro".</summary>
    public const string StretchIntro = "stretch.intro";

    /// <summary>texts.json "stretch.hold".</summary>
    public const string StretchHold = "stretch.hold";

    /// <summary>texts.json "stretch.rest".</summary>
    public const string StretchRest = "stretch.rest";

    /// <summary>texts.json "stretch.tooMuch".</summary>
    public const string StretchTooMuch = "stretch.tooMuch";

    /// <summary>texts.json "stretch.end".</summary>
    public const string StretchEnd = "stretch.end";

    /// <summary>texts.json "compare.down".</summary>
    public const string CompareDown = "compare.down";

    /// <summary>texts.json "compare.meaningful".</summary>
    public const string CompareMeaningful = "compare.meaningful";

    /// <summary>texts.json "compare.same".</summary>
    public const string CompareSame = "compare.same";

    /// <summary>texts.json "compare.up".</summary>
    public const string CompareUp = "compare.up";

    /// <summary>texts.json "swelling.ask".</summary>
    public const string SwellingAsk = "swelling.ask";

    /// <summary>texts.json "ice.tip".</summary>
    public const string IceTip = "ice.tip";

    /// <summary>texts.json "session.end".</summary>
    public const string SessionEnd = "session.end";

    /// <summary>texts.json "session.stoppedForSafety".</summary>
    public const string SessionStoppedForSafety = "session.stoppedForSafety";

    /// <summary>texts.json "cancel".</summary>
    public const string Cancel = "cancel";

    /// <summary>texts.json "startOver".</summary>
    public const string StartOver = "startOver";

    /// <summary>texts.json "delete.ask".</summary>
    public const string DeleteAsk = "delete.ask";

    /// <summary>texts.json "delete.done".</summary>
    public const string DeleteDone = "delete.done";

    /// <summary>texts.json "delete.kept".</summary>
    public const string DeleteKept = "delete.kept";

    /// <summary>texts.json "unknown".</summary>
    public const string Unknown = "unknown";

    /// <summary>texts.json "tooLong".</summary>
    public const string TooLong = "tooLong";

    /// <summary>texts.json "emptyMessage".</summary>
    public const string EmptyMessage = "emptyMessage";

    /// <summary>texts.json "program.offer".</summary>
    public const string ProgramOffer = "program.offer";

    /// <summary>texts.json "program.times.ask".</summary>
    public const string ProgramTimesAsk = "program.times.ask";

    /// <summary>texts.json "program.times.retry".</summary>
    public const string ProgramTimesRetry = "program.times.retry";

    /// <summary>texts.json "program.times.ambiguous".</summary>
    public const string ProgramTimesAmbiguous = "program.times.ambiguous";

    /// <summary>texts.json "program.zone.ask".</summary>
    public const string ProgramZoneAsk = "program.zone.ask";

    /// <summary>texts.json "program.zone.retry".</summary>
    public const string ProgramZoneRetry = "program.zone.retry";

    /// <summary>texts.json "program.started".</summary>
    public const string ProgramStarted = "program.started";

    /// <summary>texts.json "program.declined".</summary>
    public const string ProgramDeclined = "program.declined";

    /// <summary>texts.json "program.stopped".</summary>
    public const string ProgramStopped = "program.stopped";

    /// <summary>texts.json "program.paused".</summary>
    public const string ProgramPaused = "program.paused";

    /// <summary>texts.json "program.resumed".</summary>
    public const string ProgramResumed = "program.resumed";

    /// <summary>texts.json "program.snoozed".</summary>
    public const string ProgramSnoozed = "program.snoozed";

    /// <summary>texts.json "program.none".</summary>
    public const string ProgramNone = "program.none";

    /// <summary>texts.json "checkin.greeting".</summary>
    public const string CheckinGreeting = "checkin.greeting";

    /// <summary>texts.json "checkin.numbness.ask".</summary>
    public const string CheckinNumbnessAsk = "checkin.numbness.ask";

    /// <summary>texts.json "checkin.spread.ask".</summary>
    public const string CheckinSpreadAsk = "checkin.spread.ask";

    /// <summary>texts.json "checkin.stop.newSymptoms".</summary>
    public const string CheckinStopNewSymptoms = "checkin.stop.newSymptoms";

    /// <summary>texts.json "checkin.stop.spike".</summary>
    public const string CheckinStopSpike = "checkin.stop.spike";

    /// <summary>texts.json "checkin.session.ask".</summary>
    public const string CheckinSessionAsk = "checkin.session.ask";

    /// <summary>texts.json "checkin.session.later".</summary>
    public const string CheckinSessionLater = "checkin.session.later";

    /// <summary>texts.json "review.week".</summary>
    public const string ReviewWeek = "review.week";

    /// <summary>texts.json "review.meaningful".</summary>
    public const string ReviewMeaningful = "review.meaningful";

    /// <summary>texts.json "review.notYet".</summary>
    public const string ReviewNotYet = "review.notYet";

    /// <summary>texts.json "review.final.meaningful".</summary>
    public const string ReviewFinalMeaningful = "review.final.meaningful";

    /// <summary>texts.json "review.final.notMeaningful".</summary>
    public const string ReviewFinalNotMeaningful = "review.final.notMeaningful";

    /// <summary>texts.json "progress.none".</summary>
    public const string ProgressNone = "progress.none";

    /// <summary>texts.json "export.notes.ask".</summary>
    public const string ExportNotesAsk = "export.notes.ask";

    /// <summary>texts.json "export.ready".</summary>
    public const string ExportReady = "export.ready";

    /// <summary>texts.json "program.skipped".</summary>
    public const string ProgramSkipped = "program.skipped";

    /// <summary>texts.json "program.timesChanged".</summary>
    public const string ProgramTimesChanged = "program.timesChanged";

    /// <summary>texts.json "symptom.clear": a symptom question answered "no".</summary>
    public const string SymptomClear = "symptom.clear";

    /// <summary>texts.json "symptom.easeOff": a symptom mentioned during a timed hold.</summary>
    public const string SymptomEaseOff = "symptom.easeOff";

    /// <summary>texts.json "hold.emergency": the short emergency advice while a hold stands.</summary>
    public const string HoldEmergency = "hold.emergency";

    /// <summary>texts.json "hold.doctor": the short see-a-doctor advice while a hold stands.</summary>
    public const string HoldDoctor = "hold.doctor";

    /// <summary>texts.json "hold.ask": the one way on from a hold.</summary>
    public const string HoldAsk = "hold.ask";

    /// <summary>texts.json "hold.retry": anything but a plain yes or no to <see cref="HoldAsk"/>.</summary>
    public const string HoldRetry = "hold.retry";

    /// <summary>texts.json "hold.notYet": not checked yet.</summary>
    public const string HoldNotYet = "hold.notYet";

    /// <summary>texts.json "hold.lifted": checked; the screen runs again.</summary>
    public const string HoldLifted = "hold.lifted";

    /// <summary>texts.json "checkin.stop.muchWorse": a rating of 8 or more above the baseline.</summary>
    public const string CheckinStopMuchWorse = "checkin.stop.muchWorse";

    /// <summary>texts.json "review.up": the weekly average went up a little.</summary>
    public const string ReviewUp = "review.up";

    /// <summary>texts.json "review.up.stop": the weekly average rose by 30% or 2 points; the program stops.</summary>
    public const string ReviewUpStop = "review.up.stop";

    /// <summary>texts.json "review.low": the pain started low, so percentages say little.</summary>
    public const string ReviewLow = "review.low";

    /// <summary>texts.json "review.final.up": two weeks, and the average went up.</summary>
    public const string ReviewFinalUp = "review.final.up";

    /// <summary>texts.json "review.final.low": two weeks from a low start.</summary>
    public const string ReviewFinalLow = "review.final.low";

    /// <summary>texts.json "area.outOfScope": a place the coach does not work on.</summary>
    public const string AreaOutOfScope = "area.outOfScope";

    /// <summary>texts.json "age.ask".</summary>
    public const string AgeAsk = "age.ask";

    /// <summary>texts.json "age.retry".</summary>
    public const string AgeRetry = "age.retry";

    /// <summary>texts.json "age.why".</summary>
    public const string AgeWhy = "age.why";

    /// <summary>texts.json "age.young".</summary>
    public const string AgeYoung = "age.young";

    /// <summary>texts.json "age.young.again".</summary>
    public const string AgeYoungAgain = "age.young.again";

    /// <summary>texts.json "stretch.older".</summary>
    public const string StretchOlder = "stretch.older";

    /// <summary>texts.json "warmup.first".</summary>
    public const string WarmUpFirst = "warmup.first";

    /// <summary>texts.json "warmup.wait".</summary>
    public const string WarmUpWait = "warmup.wait";

    /// <summary>texts.json "warmup.done".</summary>
    public const string WarmUpDone = "warmup.done";

    /// <summary>texts.json "ready.ask".</summary>
    public const string ReadyAsk = "ready.ask";

    /// <summary>texts.json "ready.retry".</summary>
    public const string ReadyRetry = "ready.retry";

    /// <summary>texts.json "ready.start".</summary>
    public const string ReadyStart = "ready.start";

    /// <summary>texts.json "greeting.again".</summary>
    public const string GreetingAgain = "greeting.again";

    /// <summary>texts.json "closing.reply".</summary>
    public const string ClosingReply = "closing.reply";

    /// <summary>texts.json "hold.programPaused".</summary>
    public const string HoldProgramPaused = "hold.programPaused";

    /// <summary>texts.json "greeting.first".</summary>
    public const string GreetingFirst = "greeting.first";

    /// <summary>texts.json "pain.notDuration".</summary>
    public const string PainNotDuration = "pain.notDuration";

    /// <summary>texts.json "review.notEnough".</summary>
    public const string ReviewNotEnough = "review.notEnough";

    /// <summary>texts.json "review.final.notEnough".</summary>
    public const string ReviewFinalNotEnough = "review.final.notEnough";

    /// <summary>texts.json "progress.noRatings".</summary>
    public const string ProgressNoRatings = "progress.noRatings";

    /// <summary>texts.json "progress.disclaimer".</summary>
    public const string ProgressDisclaimer = "progress.disclaimer";

    /// <summary>texts.json "progress.soFar".</summary>
    public const string ProgressSoFar = "progress.soFar";

    /// <summary>texts.json "progress.averages".</summary>
    public const string ProgressAverages = "progress.averages";

    /// <summary>texts.json "progress.averagesPaired".</summary>
    public const string ProgressAveragesPaired = "progress.averagesPaired";

    /// <summary>texts.json "progress.notEnoughDays".</summary>
    public const string ProgressNotEnoughDays = "progress.notEnoughDays";

    /// <summary>texts.json "progress.usualPain".</summary>
    public const string ProgressUsualPain = "progress.usualPain";

    /// <summary>texts.json "progress.usualPainInProgram".</summary>
    public const string ProgressUsualPainInProgram = "progress.usualPainInProgram";

    /// <summary>texts.json "progress.compared".</summary>
    public const string ProgressCompared = "progress.compared";

    /// <summary>texts.json "progress.improving".</summary>
    public const string ProgressImproving = "progress.improving";

    /// <summary>texts.json "progress.worse".</summary>
    public const string ProgressWorse = "progress.worse";

    /// <summary>texts.json "progress.worseFromNone".</summary>
    public const string ProgressWorseFromNone = "progress.worseFromNone";

    /// <summary>texts.json "progress.low".</summary>
    public const string ProgressLow = "progress.low";

    /// <summary>texts.json "progress.flat".</summary>
    public const string ProgressFlat = "progress.flat";

    /// <summary>texts.json "count.session.one".</summary>
    public const string CountSessionOne = "count.session.one";

    /// <summary>texts.json "count.session.other".</summary>
    public const string CountSessionOther = "count.session.other";

    /// <summary>texts.json "count.day.one".</summary>
    public const string CountDayOne = "count.day.one";

    /// <summary>texts.json "count.day.other".</summary>
    public const string CountDayOther = "count.day.other";

    /// <summary>texts.json "chart.dayFormat".</summary>
    public const string ChartDayFormat = "chart.dayFormat";

    /// <summary>texts.json "chart.title".</summary>
    public const string ChartTitle = "chart.title";

    /// <summary>texts.json "chart.titleEmpty".</summary>
    public const string ChartTitleEmpty = "chart.titleEmpty";

    /// <summary>texts.json "chart.xLabel".</summary>
    public const string ChartXLabel = "chart.xLabel";

    /// <summary>texts.json "chart.yLabel".</summary>
    public const string ChartYLabel = "chart.yLabel";

    /// <summary>texts.json "chart.before".</summary>
    public const string ChartBefore = "chart.before";

    /// <summary>texts.json "chart.after".</summary>
    public const string ChartAfter = "chart.after";

    /// <summary>texts.json "chart.describe".</summary>
    public const string ChartDescribe = "chart.describe";

    /// <summary>texts.json "chart.program.title".</summary>
    public const string ChartProgramTitle = "chart.program.title";

    /// <summary>texts.json "chart.program.xLabel".</summary>
    public const string ChartProgramXLabel = "chart.program.xLabel";

    /// <summary>texts.json "chart.program.checkIns".</summary>
    public const string ChartProgramCheckIns = "chart.program.checkIns";

    /// <summary>texts.json "chart.program.morning".</summary>
    public const string ChartProgramMorning = "chart.program.morning";

    /// <summary>texts.json "chart.program.evening".</summary>
    public const string ChartProgramEvening = "chart.program.evening";

    /// <summary>texts.json "chart.program.beforeSession".</summary>
    public const string ChartProgramBeforeSession = "chart.program.beforeSession";

    /// <summary>texts.json "chart.program.afterSession".</summary>
    public const string ChartProgramAfterSession = "chart.program.afterSession";

    /// <summary>texts.json "chart.program.review".</summary>
    public const string ChartProgramReview = "chart.program.review";

    /// <summary>texts.json "chart.program.reviewFigures".</summary>
    public const string ChartProgramReviewFigures = "chart.program.reviewFigures";

    /// <summary>texts.json "chart.program.describe".</summary>
    public const string ChartProgramDescribe = "chart.program.describe";

    /// <summary>texts.json "picture.areaAlt": an area's picture in words ({area}, {muscles}, {refersTo}), its alt text.</summary>
    public const string PictureAreaAlt = "picture.areaAlt";

    /// <summary>texts.json "picture.bodyAlt": the whole-body map in words ({areas}), its alt text.</summary>
    public const string PictureBodyAlt = "picture.bodyAlt";

    /// <summary>texts.json "export.title".</summary>
    public const string ExportTitle = "export.title";

    /// <summary>texts.json "export.disclaimer".</summary>
    public const string ExportDisclaimer = "export.disclaimer";

    /// <summary>texts.json "export.scale".</summary>
    public const string ExportScale = "export.scale";

    /// <summary>texts.json "export.generated".</summary>
    public const string ExportGenerated = "export.generated";

    /// <summary>texts.json "export.summary".</summary>
    public const string ExportSummary = "export.summary";

    /// <summary>texts.json "export.summary.counts".</summary>
    public const string ExportSummaryCounts = "export.summary.counts";

    /// <summary>texts.json "export.summary.range".</summary>
    public const string ExportSummaryRange = "export.summary.range";

    /// <summary>texts.json "export.summary.paired".</summary>
    public const string ExportSummaryPaired = "export.summary.paired";

    /// <summary>texts.json "export.summary.usual".</summary>
    public const string ExportSummaryUsual = "export.summary.usual";

    /// <summary>texts.json "export.summary.usualInProgram".</summary>
    public const string ExportSummaryUsualInProgram = "export.summary.usualInProgram";

    /// <summary>texts.json "export.chart".</summary>
    public const string ExportChart = "export.chart";

    /// <summary>texts.json "export.areas".</summary>
    public const string ExportAreas = "export.areas";

    /// <summary>texts.json "export.areas.none".</summary>
    public const string ExportAreasNone = "export.areas.none";

    /// <summary>texts.json "export.notes".</summary>
    public const string ExportNotes = "export.notes";

    /// <summary>texts.json "export.notes.none".</summary>
    public const string ExportNotesNone = "export.notes.none";

    /// <summary>texts.json "export.ratings".</summary>
    public const string ExportRatings = "export.ratings";

    /// <summary>texts.json "export.ratings.none".</summary>
    public const string ExportRatingsNone = "export.ratings.none";

    /// <summary>texts.json "export.column.date".</summary>
    public const string ExportColumnDate = "export.column.date";

    /// <summary>texts.json "export.column.time".</summary>
    public const string ExportColumnTime = "export.column.time";

    /// <summary>texts.json "export.column.phase".</summary>
    public const string ExportColumnPhase = "export.column.phase";

    /// <summary>texts.json "export.column.area".</summary>
    public const string ExportColumnArea = "export.column.area";

    /// <summary>texts.json "export.column.side".</summary>
    public const string ExportColumnSide = "export.column.side";

    /// <summary>texts.json "export.column.rating".</summary>
    public const string ExportColumnRating = "export.column.rating";

    /// <summary>texts.json "export.downloads".</summary>
    public const string ExportDownloads = "export.downloads";

    /// <summary>texts.json "export.download.csv".</summary>
    public const string ExportDownloadCsv = "export.download.csv";

    /// <summary>texts.json "export.download.fhir".</summary>
    public const string ExportDownloadFhir = "export.download.fhir";

    /// <summary>texts.json "phase.before".</summary>
    public const string PhaseBefore = "phase.before";

    /// <summary>texts.json "phase.after".</summary>
    public const string PhaseAfter = "phase.after";

    /// <summary>texts.json "phase.checkin".</summary>
    public const string PhaseCheckin = "phase.checkin";

    /// <summary>texts.json "fhir.subject".</summary>
    public const string FhirSubject = "fhir.subject";

    /// <summary>texts.json "fhir.codeText".</summary>
    public const string FhirCodeText = "fhir.codeText";

    /// <summary>texts.json "fhir.before".</summary>
    public const string FhirBefore = "fhir.before";

    /// <summary>texts.json "fhir.after".</summary>
    public const string FhirAfter = "fhir.after";

    /// <summary>texts.json "fhir.checkin".</summary>
    public const string FhirCheckin = "fhir.checkin";

    /// <summary>texts.json "fhir.programDay".</summary>
    public const string FhirProgramDay = "fhir.programDay";

    /// <summary>texts.json "csv.recordedAtUtc".</summary>
    public const string CsvRecordedAtUtc = "csv.recordedAtUtc";

    /// <summary>texts.json "csv.localDate".</summary>
    public const string CsvLocalDate = "csv.localDate";

    /// <summary>texts.json "csv.localTime".</summary>
    public const string CsvLocalTime = "csv.localTime";

    /// <summary>texts.json "csv.timeZone".</summary>
    public const string CsvTimeZone = "csv.timeZone";

    /// <summary>texts.json "csv.phase".</summary>
    public const string CsvPhase = "csv.phase";

    /// <summary>texts.json "csv.area".</summary>
    public const string CsvArea = "csv.area";

    /// <summary>texts.json "csv.areaLabel".</summary>
    public const string CsvAreaLabel = "csv.areaLabel";

    /// <summary>texts.json "csv.side".</summary>
    public const string CsvSide = "csv.side";

    /// <summary>texts.json "csv.rating".</summary>
    public const string CsvRating = "csv.rating";

    /// <summary>texts.json "csv.programDay".</summary>
    public const string CsvProgramDay = "csv.programDay";

    /// <summary>texts.json "csv.sessionId".</summary>
    public const string CsvSessionId = "csv.sessionId";

    /// <summary>texts.json "csv.notes".</summary>
    public const string CsvNotes = "csv.notes";

    /// <summary>texts.json "page.description": the Web Chat page.</summary>
    public const string PageDescription = "page.description";

    /// <summary>texts.json "page.disclaimer": the Web Chat page.</summary>
    public const string PageDisclaimer = "page.disclaimer";

    /// <summary>texts.json "page.connecting": the Web Chat page.</summary>
    public const string PageConnecting = "page.connecting";

    /// <summary>texts.json "page.chatLabel": the Web Chat page.</summary>
    public const string PageChatLabel = "page.chatLabel";

    /// <summary>texts.json "page.loadFailed": the Web Chat page.</summary>
    public const string PageLoadFailed = "page.loadFailed";

    /// <summary>texts.json "page.unreachable": the Web Chat page.</summary>
    public const string PageUnreachable = "page.unreachable";

    /// <summary>Every key above, read from the constants themselves so the list cannot fall out of step.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(TextKeys)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    /// <summary>texts.json "timer.releaseTitle": the live timer card's title during the release ("{area}").</summary>
    public const string TimerReleaseTitle = "timer.releaseTitle";

    /// <summary>texts.json "timer.stretchTitle": the live timer card's title during the stretch ("{area}").</summary>
    public const string TimerStretchTitle = "timer.stretchTitle";

    /// <summary>texts.json "timer.left": the live timer card's time to go ("{seconds}").</summary>
    public const string TimerLeft = "timer.left";

    /// <summary>texts.json "timer.finished": the live timer card once the hold has ended.</summary>
    public const string TimerFinished = "timer.finished";

    /// <summary>texts.json "timer.stopped": the live timer card once the person stopped.</summary>
    public const string TimerStopped = "timer.stopped";

    /// <summary>texts.json "timer.done": the live timer card's Done button (the hold replies must read it as done).</summary>
    public const string TimerDone = "timer.done";

    /// <summary>texts.json "timer.tooMuch": the live timer card's Too much button (the hold replies must read it as too much).</summary>
    public const string TimerTooMuch = "timer.tooMuch";
}
