using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using Microsoft.Bot.Builder;

namespace CoachBot.Dialogs.CheckIns;

/// <summary>
/// The program's commands, said at any moment: skip today, snooze, pause, resume, stop, and change
/// the check-in times. It is begun on top of whatever waits, does the one thing, says so and ends,
/// so the question it interrupted is asked again. Changing the times hands over to
/// <see cref="EnrolDialog"/>; someone without a program is told they have none.
/// </summary>
/// <remarks>The command (a <see cref="GlobalCommand"/> value) is the dialog's options.</remarks>
public sealed class ProgramCommandsDialog : Dialog
{
    private readonly ContentLibrary _library;
    private readonly ICheckInScheduler _checkIns;
    private readonly IStatePropertyAccessor<CoachProfile> _profile;

    /// <summary>Creates the dialog over the content, the check-in schedule and the person's profile.</summary>
    public ProgramCommandsDialog(ContentLibrary library, ICheckInScheduler checkIns, UserState userState)
        : base(DialogIds.ProgramCommands)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _library = library ?? throw new ArgumentNullException(nameof(library));
        _checkIns = checkIns ?? throw new ArgumentNullException(nameof(checkIns));
        _profile = userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName);
    }

    /// <summary>Whether <paramref name="command"/> is one of the program's commands.</summary>
    public static bool Handles(string? command) =>
        command is GlobalCommand.StopCheckIns or GlobalCommand.PauseCheckIns or GlobalCommand.ResumeCheckIns
            or GlobalCommand.Snooze or GlobalCommand.SkipToday or GlobalCommand.ChangeTimes;

    /// <summary>Whether <paramref name="command"/> ends a check-in in progress (it was put off, so its question goes).</summary>
    public static bool EndsCheckIn(string? command) => command is GlobalCommand.Snooze or GlobalCommand.SkipToday;

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var command = options as string;
        var turn = dc.Context;
        var content = _library.For(turn);
        var profile = await _profile.GetAsync(turn, () => new CoachProfile(), cancellationToken).ConfigureAwait(false);
        if (profile.Program is not { Active: true } program)
        {
            return await SayAndEndAsync(dc, content.Text(TextKeys.ProgramNone), cancellationToken).ConfigureAwait(false);
        }

        if (command == GlobalCommand.ChangeTimes)
        {
            return await dc.ReplaceDialogAsync(DialogIds.Enrol, program, cancellationToken).ConfigureAwait(false);
        }

        var userKey = UserKeys.For(turn.Activity);
        string reply;
        switch (command)
        {
            case GlobalCommand.SkipToday:
                await _checkIns.SkipTodayAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramSkipped;
                break;
            case GlobalCommand.StopCheckIns:
                program.Active = false;
                await _checkIns.StopAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramStopped;
                break;
            case GlobalCommand.PauseCheckIns:
                program.Paused = true;
                await _checkIns.StopAsync(userKey, cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramPaused;
                break;
            case GlobalCommand.ResumeCheckIns:
                program.Paused = false;
                var reference = profile.ConversationReference ?? turn.Activity.GetConversationReference();
                await _checkIns.ScheduleAsync(userKey, reference, program.TimesOfDay, profile.TimeZone ?? "Etc/UTC", cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramResumed;
                break;
            default:
                await _checkIns.SnoozeAsync(userKey, TimeSpan.FromHours(1), cancellationToken).ConfigureAwait(false);
                reply = TextKeys.ProgramSnoozed;
                break;
        }

        return await SayAndEndAsync(dc, content.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> SayAndEndAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MessageFactory.Text(text), cancellationToken).ConfigureAwait(false);
        return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
