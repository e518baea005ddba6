using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.CheckIns;
using CoachBot.Dialogs.State;
using CoachBot.Dialogs.Understanding;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.CheckIns;

public sealed class ProgramCommandsDialogTests
{
    [Fact]
    public async Task Without_a_program_the_person_is_told_they_have_none_and_nothing_is_scheduled()
    {
        var schedule = new RecordingSchedule();
        var client = Client(new ProgramCommandsDialog(Library, schedule, new UserState(new MemoryStorage())), GlobalCommand.Snooze);

        var replies = await SayAsync(client, "snooze");

        Assert.Equal([English.Text(TextKeys.ProgramNone)], replies);
        Assert.Empty(schedule.Calls);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Theory]
    [InlineData(GlobalCommand.Snooze, "snooze 01:00:00", TextKeys.ProgramSnoozed)]
    [InlineData(GlobalCommand.SkipToday, "skip", TextKeys.ProgramSkipped)]
    [InlineData(GlobalCommand.StopCheckIns, "stop", TextKeys.ProgramStopped)]
    [InlineData(GlobalCommand.PauseCheckIns, "stop", TextKeys.ProgramPaused)]
    public async Task A_command_in_a_program_does_its_one_thing_says_so_and_ends(string command, string call, string said)
    {
        var schedule = new RecordingSchedule();
        var userState = new UserState(new MemoryStorage());
        var client = Client(new ProgramCommandsDialog(Library, schedule, userState), command, userState);
        client.Adapter.Use(new ProfileSetup(userState, p => p.Program ??= new ProgramState { Active = true, StartDate = "2027-03-07", Times = ["08:00", "19:00"], AreaIds = ["neck"] }));

        var replies = await SayAsync(client, command);

        Assert.Equal([English.Text(said)], replies);
        Assert.Equal([call], schedule.Calls);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }
}
