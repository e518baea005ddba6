using System.Globalization;
using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Recognizers.Text.Number;

namespace CoachBot.Dialogs.Routines;

/// <summary>
/// The guided release: a heat tip, the tool, how to find the spot, how long to hold, then the
/// timed hold with its cues. The pressure instruction follows the cautions: light pressure only
/// when a caution calls for it. Ends with the <see cref="TimedHoldEnding"/>.
/// </summary>
public sealed class ReleaseDialog : ComponentDialog
{
    private const string RoundKey = "round";
    private const string LengthPrompt = "length";
    private static readonly Regex Digits = new(@"\d+", RegexOptions.None, TimeSpan.FromMilliseconds(100));

    private readonly ContentLibrary _library;

    /// <summary>Creates the dialog around a <see cref="TimedCuesDialog"/>.</summary>
    public ReleaseDialog(ContentLibrary library, TimedCuesDialog timedHold)
        : base(DialogIds.Release)
    {
        _library = library ?? throw new ArgumentNullException(nameof(library));
        AddDialog(new WaterfallDialog(nameof(ReleaseDialog), [AskToolAsync, AskSpotAsync, AskLengthAsync, HoldAsync, FinishAsync]));
        AddDialog(new ChoicePrompt(DialogIds.Choice) { Style = ListStyle.SuggestedAction });
        AddDialog(new ConfirmPrompt(DialogIds.Confirm) { Style = ListStyle.SuggestedAction });
        AddDialog(new ChoicePrompt(LengthPrompt, ValidateLengthAsync) { Style = ListStyle.SuggestedAction });
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
            || round.Plan.PainBefore >= content.Routine.SeverePain;
        var parts = new List<string> { content.Text(light ? TextKeys.ReleasePressureLight : TextKeys.ReleasePressure) };
        parts.AddRange(cautions.Select(c => c.Instruction.Text));
        return string.Join("\n\n", parts);
    }

    private async Task<DialogTurnResult> AskToolAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = step.Options as CautionsRound ?? throw new ArgumentException("The release needs the CautionsRound of the session.");
        step.Values[RoundKey] = round;
        var content = _library.For(step.Context.Activity.Locale);
        await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.HeatTip)), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.Choice, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.ToolAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.ToolRetry)),
            Choices =
            [
                new Choice("Thumb") { Synonyms = ["thumbs", "fingers", "finger", "hand", "fingertips"] },
                new Choice("Knuckle") { Synonyms = ["knuckles", "fist"] },
                new Choice("Ball") { Synonyms = ["tennis ball", "massage ball", "lacrosse ball", "roller", "foam roller"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskSpotAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        round.Plan.Tool = ((FoundChoice)step.Result!).Value.ToLowerInvariant();
        var content = _library.For(step.Context.Activity.Locale);
        var area = content.Area(round.Plan.AreaId);
        await step.Context.SendActivityAsync(MessageFactory.Text(area.FindTheSpot.Text + " " + area.StayOff.Text), cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(DialogIds.Confirm, content.Ask(TextKeys.SpotAsk), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskLengthAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context.Activity.Locale);
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
                new Choice($"{timing.MinSeconds} seconds"),
                new Choice($"{timing.DefaultSeconds} seconds") { Synonyms = ["default", "recommended", "normal", "a minute", "one minute", "ok", "okay"] },
                new Choice($"{timing.MaxSeconds} seconds") { Synonyms = ["longest", "a minute and a half"] },
            ],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> HoldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var round = (CautionsRound)step.Values[RoundKey];
        var content = _library.For(step.Context.Activity.Locale);
        var seconds = int.Parse(Digits.Match(((FoundChoice)step.Result!).Value).Value, CultureInfo.InvariantCulture);
        round.Plan.ReleaseSeconds = seconds;
        var area = content.Area(round.Plan.AreaId);
        var start = string.Join("\n\n", area.Release.Text, PressureInstruction(content, round), content.Text(TextKeys.ReleaseStart, new { seconds }));

        var cues = new List<TimedCue>
        {
            new(0, start),
            new(seconds / 2.0, content.Text(TextKeys.ReleaseHalfway)),
            new(seconds, content.Text(TextKeys.ReleaseEnd)),
        };
        return await step.BeginDialogAsync(DialogIds.TimedHold, TimedCuesOptions.Create(content, cues, TextKeys.ReleaseDone, TextKeys.ReleaseTooMuch), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.Result, cancellationToken).ConfigureAwait(false);

    private Task<bool> ValidateLengthAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var content = _library.For(prompt.Context.Activity.Locale);
        var timing = content.Routine.Release;
        var text = prompt.Context.Activity.Text ?? string.Empty;

        // Any number of seconds in range is fine, not only the three buttons ("45", "about 75 s").
        var numbers = NumberRecognizer.RecognizeNumber(text, Microsoft.Recognizers.Text.Culture.English)
            .Select(r => r.Resolution?["value"] as string)
            .Select(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : (double?)null)
            .Where(n => n is not null)
            .ToList();
        if (numbers.Count == 1 && numbers[0] >= timing.MinSeconds && numbers[0] <= timing.MaxSeconds)
        {
            prompt.Recognized.Value = new FoundChoice { Value = $"{(int)Math.Round(numbers[0]!.Value)} seconds", Score = 1f };
            prompt.Recognized.Succeeded = true;
            return Task.FromResult(true);
        }

        // A button, its synonym, or its position ("2") counts; any other number is out of range.
        return Task.FromResult(prompt.Recognized.Succeeded && numbers.All(n => n <= 3));
    }
}
