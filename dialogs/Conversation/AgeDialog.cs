using CoachBot.Dialogs;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.Conversation;

/// <summary>
/// Asks a person's age once and remembers the group. Someone under the adult age is told, kindly,
/// to talk with a parent and a GP or school nurse, and gets the same short advice at every later
/// session: the coach gives them no pressure guidance and keeps none of their health data. Ends
/// with the person's <see cref="AgeGroups"/> group.
/// </summary>
public sealed class AgeDialog : ComponentDialog
{
    private const string AgePrompt = "agePrompt";

    private readonly ContentLibrary _library;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;

    /// <summary>Creates the dialog.</summary>
    public AgeDialog(ContentLibrary library, UserState userState)
        : base(DialogIds.Age)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
        AddDialog(new WaterfallDialog(nameof(AgeDialog), [AskAsync, RememberAsync]));
        AddDialog(new WordChoicePrompt(AgePrompt, AgeAnswers.Validator(library)));
        InitialDialogId = nameof(AgeDialog);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.AgeGroup is { } known)
        {
            if (known == AgeGroups.Young)
            {
                await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AgeYoungAgain)), cancellationToken).ConfigureAwait(false);
            }

            return await step.EndDialogAsync(known, cancellationToken).ConfigureAwait(false);
        }

        return await step.PromptAsync(AgePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(content.Text(TextKeys.AgeAsk)),
            RetryPrompt = MessageFactory.Text(content.Text(TextKeys.AgeRetry)),
            Choices = content.Routine.Age.Groups.Select(g => new Choice(g.Label) { Synonyms = [.. g.Synonyms] }).ToList(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RememberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var content = _library.For(step.Context);
        var group = AgeAnswers.GroupOf(content.Routine.Age, ((FoundChoice)step.Result!).Value);
        var profile = await _profile.GetAsync(step.Context, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        profile.AgeGroup = group;
        profile.AgeYears = AgeAnswers.YearsGiven(step.Context, content.Routine.Age, group);
        if (group == AgeGroups.Young)
        {
            var emergencyNumber = content.Routine.EmergencyNumberFor(step.Context.Activity.Locale);
            await step.Context.SendActivityAsync(MessageFactory.Text(content.Text(TextKeys.AgeYoung, new { emergencyNumber })), cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(group, cancellationToken).ConfigureAwait(false);
    }
}
