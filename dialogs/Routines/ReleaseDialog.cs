using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Pictures;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// The guided release: a heat tip (with time to warm up), the tool, how to find the spot with that
/// tool, how long to hold, how to get into position, then "Ready?" and the timed hold with its cues.
/// The texts follow the chosen tool, or the one that fits the area when it does not. The pressure
/// is said once, before the start, and follows the cautions. Ends with the <see cref="TimedHoldEnding"/>.
/// </summary>
public sealed class ReleaseDialog : ComponentDialog
{
    private const string RoundKey = "round";
    private const string LengthPrompt = "length";
    private const string ToolPrompt = "tool";
    private const string WarmUpPrompt = "warmUp";
    private const string ReadyPrompt = "ready";
    private static readonly Regex Digits = new(@"\d+", RegexOptions.None, TimeSpan.FromMilliseconds(100));

    private readonly ContentLibrary _library;
    private readonly PictureLinks? _pictures;

    /// <summary>Creates the dialog around a <see cref="TimedCuesDialog"/>.</summary>
    /// <param name="library">The content.</param>
    /// <param name="timedHold">The timed hold.</param>
    /// <param name="pictures">Where the pictures of where to press are; without it the words go alone.</param>
    public ReleaseDialog(ContentLibrary library, TimedCuesDialog timedHold, PictureLinks? pictures = null)
        : base(DialogIds.Release)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _pictures = pictures;
        AddDialog(new WaterfallDialog(nameof(ReleaseDialog), [AskToolAsync, WarmUpIfAskedAsync, AskToolAfterWarmUpAsync, AskSpotAsync, AskLengthAsync, GetReadyAsync, HoldAsync, FinishAsync]));
        AddDialog(new WordChoicePrompt(ToolPrompt));
        AddDialog(new TextPrompt(WarmUpPrompt));
        AddDialog(new WordChoicePrompt(ReadyPrompt, ValidateReadyAsync));
        AddDialog(new YesNoPrompt(DialogIds.Confirm, ValidateSpotFoundAsync, library));
        AddDialog(new WordChoicePrompt(LengthPrompt, ValidateLengthAsync));
        AddDialog(timedHold ?? throw new ArgumentNullException(nameof(timedHold)));
        InitialDialogId = nameof(ReleaseDialog);
    }

    /// <summary>
    /// The pressure instruction for this session: light when any caution that limits pressure
    /// applies to the area, or when the pain before was severe (the coach said it would keep the
    /// pressure gentle then), with each caution's own words added.
    /// </summary>
    public static string PressureInstruction(LanguageContent content, CautionsRound round)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(round);
        var cautions = content.Cautions.Cautions.Where(c => round.CautionIds.Contains(c.Id)).ToList();
        var light = cautions.Any(c => c.Pressure == CautionContent.LightPressure && c.AppliesTo(round.Plan.AreaId))
            || round.Plan.PainBefore >= content.Routine.SeverePain
            || content.Area(round.Plan.AreaId).LightPressureOnly;
        var parts = new List<string> { content.Text(light ? TextKeys.ReleasePressureLight : TextKeys.ReleasePressure) };
        parts.AddRange(cautions.Select(c => c.Instruction.Text));
        return string.Join("\n\n", parts);
    }

    private async Task<DialogTurnResult> AskToolAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = step.Options as CautionsRound ?? throw new ArgumentException("The release needs the CautionsRound of the session.");
        step.Values[RoundKey] = round;
        var content = _library.For(step.Context);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.HeatTip)), cancellationToken).ConfigureAwait(false);
        return await PromptForToolAsync(step, content, offerWarmUp: true, cancellationToken).ConfigureAwait(false);
    }

    // "Warm up first" waits for the person to come back warm; any reply carries on.
    private async Task<DialogTurnResult> WarmUpIfAskedAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        if (step.Result is FoundChoice found && found.Value == content.Text(TextKeys.WarmUpFirst))
        {
            var done = content.Text(TextKeys.WarmUpDone);
            var prompt = MessageFactory.Text(content.Text(TextKeys.WarmUpWait));
            prompt.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, done, value: done)] };
            return await step.PromptAsync(WarmUpPrompt, new PromptOptions { Prompt = prompt }, cancellationToken).ConfigureAwait(false);
        }

        return await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskToolAfterWarmUpAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result is FoundChoice
            ? await step.NextAsync(step.Result, cancellationToken).ConfigureAwait(false)
            : await PromptForToolAsync(step, _library.For(step.Context), offerWarmUp: false, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AskSpotAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        var content = _library.For(step.Context);
        var area = content.Area(round.Plan.AreaId);
        var label = ((FoundChoice)step.Result!).Value;
        var chosen = content.Routine.Tools.First(t => t.Label == label).Id;
        var tool = area.ToolToUse(chosen);
        round.Plan.Tool = tool;

        // A tool that does not fit the area (a thumb between the shoulder blades) is named as such,
        // with the one that does, before any instruction.
        var says = new List<string>();
        if (tool != chosen)
        {
            says.Add(area.Tools[chosen].Why!.Text);
        }

        says.Add(area.Tools[tool].FindTheSpot!.Text + " " + area.StayOff.Text);
        await step.Context.SendActivityAsync(SpotPicture(step.Context, round.Plan, string.Join("\n\n", says)), cancellationToken).ConfigureAwait(false);
        var ask = content.Ask(TextKeys.SpotAsk);
        ask.Validations = round.Plan;
        return await step.PromptAsync(DialogIds.Confirm, ask, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskLengthAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        if (!(bool)step.Result!)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.SpotNotFound)), cancellationToken).ConfigureAwait(false);
        }

        var timing = content.Routine.Release;
        return await step.PromptAsync(LengthPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.LengthAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.LengthRetry)),
            Choices =
            [
                new Choice(content.Text(TextKeys.LengthChoice, new { seconds = timing.MinSeconds })),
                new Choice(content.Text(TextKeys.LengthChoice, new { seconds = timing.DefaultSeconds })) { Synonyms = [.. content.Patterns.ReleaseLengths.Default] },
                new Choice(content.Text(TextKeys.LengthChoice, new { seconds = timing.MaxSeconds })) { Synonyms = [.. content.Patterns.ReleaseLengths.Longest] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    // How to get into position and how hard to press come first, while nothing is timed; the
    // clock starts only when the person says they are ready.
    private async Task<DialogTurnResult> GetReadyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        var content = _library.For(step.Context);
        round.Plan.ReleaseSeconds = int.Parse(Digits.Match(((FoundChoice)step.Result!).Value).Value, CultureInfo.InvariantCulture);
        var position = content.Area(round.Plan.AreaId).Tools[round.Plan.Tool].Release!.Text;
        await step.Context.SendActivityAsync(MessageFactory.Text(position + "\n\n" + PressureInstruction(content, round)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(ReadyPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.ReadyAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ReadyRetry)),
            Choices = [new Choice(content.Text(TextKeys.ReadyStart)) { Synonyms = [.. content.Routine.ReadyWords] }],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> HoldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        var content = _library.For(step.Context);
        if (step.Result is FoundChoice { Value: TimedHoldEnding.Stopped })
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.ReleaseStopped)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(TimedHoldEnding.Stopped, cancellationToken).ConfigureAwait(false);
        }

        var seconds = round.Plan.ReleaseSeconds;
        var cues = new List<TimedCue>
        {
            new(0, content.Text(TextKeys.ReleaseStart, new { seconds })),
            new(seconds / 2.0, content.Text(TextKeys.ReleaseHalfway)),
            new(seconds, content.Text(TextKeys.ReleaseEnd)),
        };
        var title = content.Text(TextKeys.TimerReleaseTitle, new { area = content.Area(round.Plan.AreaId).Label });
        return await step.BeginDialogAsync(DialogIds.TimedHold, TimedCuesOptions.Create(content, cues, TextKeys.ReleaseDone, TextKeys.ReleaseTooMuch, title), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.Result, cancellationToken).ConfigureAwait(false);

    private static async Task<DialogTurnResult> PromptForToolAsync(WaterfallStepContext step, LanguageContent content, bool offerWarmUp, CancellationToken cancellationToken)
    {
        var choices = content.Routine.Tools.Select(t => new Choice(t.Label) { Synonyms = [t.Id, .. t.Synonyms] }).ToList();
        if (offerWarmUp)
        {
            choices.Add(new Choice(content.Text(TextKeys.WarmUpFirst)) { Synonyms = [.. content.Routine.WarmUpWords] });
        }

        return await step.PromptAsync(ToolPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.ToolAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ToolRetry)),
            Choices = choices,
        }, cancellationToken).ConfigureAwait(false);
    }

    // "Stop" before the start ends the release as a stop during it would: no hold, no stretch.
    private Task<bool> ValidateReadyAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (HoldReply.Classify(prompt.Context.Activity.Text, _library.For(prompt.Context).Patterns.HoldReplies) == TimedHoldEnding.Stopped)
        {
            prompt.Recognized.Value = new FoundChoice { Value = TimedHoldEnding.Stopped, Score = 1f };
            return Task.FromResult(true);
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    // "Found it" and "can't find it" answer "Found a tender spot?" as well as yes and no do;
    // "show me" or "where exactly?" brings the picture of where to press again, then the question.
    private async Task<bool> ValidateSpotFoundAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        var said = MessageWords.Spaced(prompt.Context.Activity.Text);
        var content = _library.For(prompt.Context);
        var spot = content.Routine.SpotAnswers;
        if (!prompt.Recognized.Succeeded && spot.ShowMe.Any(w => MessageWords.HasPhrase(said, w)))
        {
            // A prompt whose validator answered does not ask again, so the question follows the
            // picture here, as a message of its own: Teams shows buttons only on a plain message.
            var plan = (SessionPlan)prompt.Options.Validations!;
            await prompt.Context.SendActivityAsync(SpotPicture(prompt.Context, plan, content.Area(plan.AreaId).Tools[plan.Tool].FindTheSpot!.Text), cancellationToken).ConfigureAwait(false);
            var activity = prompt.Context.Activity;
            var question = ChoiceFactory.ForChannel(activity.ChannelId, activity.Conversation?.ConversationType, YesNoPrompt.ButtonsIn(content), content.Text(TextKeys.SpotAsk));
            await prompt.Context.SendActivityAsync(question, cancellationToken).ConfigureAwait(false);
            return false;
        }

        foreach (var (words, found) in new[] { (spot.NotFound, false), (spot.Found, true) })
        {
            if (words.Any(w => MessageWords.HasPhrase(said, w)))
            {
                prompt.Recognized.Value = found;
                prompt.Recognized.Succeeded = true;
                return true;
            }
        }

        return prompt.Recognized.Succeeded;
    }

    private Task<bool> ValidateLengthAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var content = _library.For(prompt.Context);
        var timing = content.Routine.Release;
        var text = prompt.Context.Activity.Text ?? string.Empty;

        // Any number of seconds in range is fine, not only the three buttons ("45", "about 75 s").
        var numbers = TypedNumbers.In(text, PromptCulture.For(prompt.Context.Activity.Locale));
        if (numbers.Count == 1 && numbers[0] >= timing.MinSeconds && numbers[0] <= timing.MaxSeconds)
        {
            prompt.Recognized.Value = new FoundChoice { Value = content.Text(TextKeys.LengthChoice, new { seconds = (int)Math.Round(numbers[0]) }), Score = 1f };
            prompt.Recognized.Succeeded = true;
            return Task.FromResult(true);
        }

        // A button, its synonym, or its position ("2") counts; any other number is out of range.
        return Task.FromResult(prompt.Recognized.Succeeded && numbers.All(n => n <= 3));
    }

    // The words of where to press, with the picture of the spot and where its pain spreads, on
    // the person's side, where the channel draws cards.
    private Activity SpotPicture(ITurnContext context, SessionPlan plan, string text)
    {
        var content = _library.For(context);
        var side = PictureSides.IsKnown(plan.Side) ? plan.Side : null;
        return PictureCard.Message(context.Activity.ChannelId, text, _pictures?.Area(plan.AreaId, side), content.PictureAlt(plan.AreaId));
    }
}
