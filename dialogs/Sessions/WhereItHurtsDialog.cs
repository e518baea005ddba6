using System.Text.RegularExpressions;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Sessions;

/// <summary>
/// Where it hurts (buttons or free text), which side, for how long, and how much right now.
/// Ends with a new <see cref="SessionPlan"/>.
/// </summary>
public sealed class WhereItHurtsDialog : ComponentDialog
{
    private const string PlanKey = "plan";
    private const string SidePrompt = "side";
    private const string DurationPrompt = "duration";
    private const int ShortAnswerWords = 3;

    private readonly ContentLibrary _library;
    private readonly TimeProvider _time;
    private readonly PictureLinks? _pictures;

    // One recognizer per language: building one compiles a pattern per synonym.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, AreaRecognizer> _recognizers = new();

    /// <summary>Creates the dialog.</summary>
    /// <param name="library">The content.</param>
    /// <param name="time">The clock.</param>
    /// <param name="pictures">Where the body map is; without it the area question has no picture.</param>
    public WhereItHurtsDialog(ContentLibrary library, TimeProvider time, PictureLinks? pictures = null)
        : base(DialogIds.WhereItHurts)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _pictures = pictures;

        AddDialog(new WaterfallDialog(nameof(WhereItHurtsDialog), [AskAreaAsync, AskSideAsync, AskDurationAsync, AskPainAsync, FinishAsync]));
        AddDialog(new WordChoicePrompt(DialogIds.Choice, ValidateAreaAsync));
        AddDialog(new WordChoicePrompt(SidePrompt, ValidateSideAsync));
        AddDialog(new TextPrompt(DurationPrompt, ValidateDurationAsync));
        AddDialog(new PainRatingPrompt(DialogIds.PainRating, library, PainScale.Validator(library)));
        InitialDialogId = nameof(WhereItHurtsDialog);
    }

    private async Task<DialogTurnResult> AskAreaAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        if (step.Options is not SessionPlan)
        {
            step.Values[PlanKey] = new SessionPlan();
        }

        return await step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            // The whole-body map, where a card can show it; the area buttons go on the same card.
            Prompt = PictureCard.Message(step.Context.Activity.ChannelId, content.Text(TextKeys.AreaAsk), _pictures?.BodyMap(), content.BodyMapAlt()),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.AreaRetry)),
            // Synonyms stay out of the stored prompt: the validator reads them from the content.
            Choices = content.Areas.Select(a => new Choice(a.Label)).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskSideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var plan = Plan(step);
        var choice = (FoundChoice)step.Result!;
        var text = step.Context.Activity.Text;
        var mention = RecognizerFor(content).Recognize(content.OutOfScope?.Without(text) ?? text);

        // Free text may name several areas: work on the first, keep the others for another session.
        plan.AreaId = mention.AreaIds.FirstOrDefault() ?? content.Areas[choice.Index].Id;
        plan.OtherAreaIds = mention.AreaIds.Skip(1).ToList();
        plan.Side = mention.Side ?? string.Empty;
        if (plan.OtherAreaIds.Count > 0)
        {
            var others = string.Join(" and ", plan.OtherAreaIds.Select(id => content.Area(id).Label.ToLowerInvariant()));
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AreaSeveral, new { area = content.Area(plan.AreaId).Label.ToLowerInvariant(), others })), cancellationToken).ConfigureAwait(false);
        }

        if (!content.Area(plan.AreaId).HasSide || plan.Side.Length > 0)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(SidePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.SideAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.SideRetry)),
            Choices = [.. content.Patterns.Sides.Select(s => new Choice(s.Label) { Synonyms = [.. s.Synonyms] })],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskDurationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var plan = Plan(step);
        if (step.Result is FoundChoice side)
        {
            plan.Side = content.Patterns.Sides.FirstOrDefault(s => s.Label == side.Value)?.Id ?? side.Value.ToLowerInvariant();
        }

        return await step.PromptAsync(DurationPrompt, content.Ask(TextKeys.DurationAsk, TextKeys.DurationRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskPainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var plan = Plan(step);
        var duration = PainDurationParser.Parse((string)step.Result!, _time.GetUtcNow().UtcDateTime, content.Patterns.Durations, PromptCulture.For(step.Context.Activity.Locale));
        plan.DurationDays = duration?.Days;
        plan.IsChronic = duration?.IsChronic ?? false;

        return await step.PromptAsync(DialogIds.PainRating, content.Ask(TextKeys.PainBeforeAsk, TextKeys.PainRetry), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var plan = Plan(step);
        plan.PainBefore = (int)step.Result!;
        return await step.EndDialogAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ValidateAreaAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var content = _library.For(prompt.Context);
        var text = prompt.Context.Activity.Text;
        var mention = RecognizerFor(content).Recognize(content.OutOfScope?.Without(text) ?? text);
        if (mention.AreaIds.Count > 0)
        {
            var index = content.Areas.ToList().FindIndex(a => a.Id == mention.AreaIds[0]);
            prompt.Recognized.Value = new FoundChoice { Value = content.Areas[index].Label, Index = index, Score = 1f };
            prompt.Recognized.Succeeded = true;
            return true;
        }

        if (content.OutOfScope?.Mentions(text) == true)
        {
            await prompt.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AreaOutOfScope)), cancellationToken).ConfigureAwait(false);
            return false;
        }

        if (prompt.Recognized.Succeeded)
        {
            return true;
        }

        // Either explains (and the prompt stays quiet) or leaves the retry to the prompt.
        await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.AreaWhy, TextKeys.AreaRetry, cancellationToken).ConfigureAwait(false);
        return false;
    }

    // "the left one I think", "en el lado derecho": a side's word anywhere in the answer counts.
    private Task<bool> ValidateSideAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var said = MessageWords.Spaced(prompt.Context.Activity.Text);
        if (!prompt.Recognized.Succeeded
            && _library.For(prompt.Context).Patterns.Sides.FirstOrDefault(s => s.Synonyms.Prepend(s.Label).Any(w => MessageWords.HasPhrase(said, w))) is { } side)
        {
            prompt.Recognized.Value = new FoundChoice { Value = side.Label, Score = 1f };
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    private async Task<bool> ValidateDurationAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        // "can we just do the massage now?" is a question, not "since now"; "2 weeks?" is an answer.
        var content = _library.For(prompt.Context);
        var text = prompt.Recognized.Value;
        var question = ReplyGuidance.IsQuestion(text, content) && MessageWords.Split(text).Count(w => w != MessageWords.ClauseEnd) > ShortAnswerWords;
        if (!question && PainDurationParser.Parse(text, _time.GetUtcNow().UtcDateTime, content.Patterns.Durations, PromptCulture.For(prompt.Context.Activity.Locale)) is not null)
        {
            return true;
        }

        // "I don't know" is an honest answer: the session goes on without a duration rather than
        // asking the same question forever.
        if (ReplyGuidance.IsUnsure(text, content) && MessageWords.Split(text).Count(w => w != MessageWords.ClauseEnd) <= ShortAnswerWords)
        {
            return true;
        }

        await ReplyGuidance.TryAnswerAsync(prompt.Context, content, TextKeys.DurationWhy, TextKeys.DurationRetry, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private AreaRecognizer RecognizerFor(LanguageContent content) =>
        _recognizers.GetOrAdd(content.Language, _ => new AreaRecognizer(content.Areas, content.Patterns));

    // The plan arrives as the dialog's options (stored with the dialog already); only a dialog
    // begun without one keeps its own, so the plan is not stored twice.
    private static SessionPlan Plan(WaterfallStepContext step) => step.Options as SessionPlan ?? (SessionPlan)step.Values[PlanKey];
}
