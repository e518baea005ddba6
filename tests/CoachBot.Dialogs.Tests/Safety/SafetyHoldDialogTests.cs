using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Safety;

public sealed class SafetyHoldDialogTests
{
    [Fact]
    public async Task A_doctor_hold_asks_whether_the_person_was_checked_and_only_a_yes_lifts_it()
    {
        var userState = new UserState(new MemoryStorage());
        var client = Client(new SafetyHoldDialog(Library, userState), new SafetyHold { Outcome = SafetyOutcomes.Doctor }, userState);

        var asked = await SayAsync(client, "hi");
        var lifted = await SayAsync(client, "yes");

        Assert.Contains(asked, t => t.Contains(English.Text(TextKeys.HoldAsk), StringComparison.Ordinal));
        Assert.Contains(lifted, t => t.Contains(English.Text(TextKeys.HoldLifted), StringComparison.Ordinal));
        Assert.Equal(SafetyHoldDialog.Lifted, client.DialogTurnResult!.Result);
    }

    [Fact]
    public async Task Not_yet_keeps_the_hold_and_says_so()
    {
        var userState = new UserState(new MemoryStorage());
        var client = Client(new SafetyHoldDialog(Library, userState), new SafetyHold { Outcome = SafetyOutcomes.Emergency }, userState);

        await SayAsync(client, "hi");
        var notYet = await SayAsync(client, "no");

        Assert.Contains(notYet, t => t.Contains(English.Text(TextKeys.HoldNotYet), StringComparison.Ordinal));
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Null(client.DialogTurnResult.Result);
    }
}
