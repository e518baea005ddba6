using System.Diagnostics;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;

namespace CoachBot.Dialogs.Prompts;

/// <summary>
/// Runs every way the coach reads a person's words once, at start-up. The Recognizers' models and
/// the content's patterns are built on first use, which cost the first person after a start 5-21 s
/// on a busy machine; after this they cost the host's start instead. The sample phrases are the
/// coach's own, so nothing personal is involved.
/// </summary>
public static class LanguageWarmup
{
    /// <summary>Reads sample answers in every language of <paramref name="library"/>; returns how long it took.</summary>
    public static TimeSpan Run(ContentLibrary library, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(library);
        var clock = Stopwatch.StartNew();
        foreach (var language in library.Languages)
        {
            var content = library.For(language);
            var culture = PromptCulture.For(language);
            SpokenRating.Read("about a 6 or 7 out of 10", culture, content.Patterns.Ratings);
            YesNoPrompt.Read("yeah sure", library, language);
            ChoiceWords.Recognize("the left one", [new Choice("Left"), new Choice("Right"), new Choice("Both")], culture);
            PainDurationParser.Parse("about two weeks, since March", now, content.Patterns.Durations, culture);
            ReminderTimeParser.Parse("8am and 7pm", culture);
            new AreaRecognizer(content.Areas, content.Patterns).Recognize("my neck and shoulder I guess");
            content.Patterns.RecognizeCommand("show my progress");
            TypedNumbers.In("I'm fifty two");
        }

        return clock.Elapsed;
    }
}
