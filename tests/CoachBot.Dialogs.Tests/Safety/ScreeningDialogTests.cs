using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Waterfall;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Safety;

public sealed class ScreeningDialogTests
{
    [Fact]
    public async Task No_to_every_question_is_a_clean_screen()
    {
        var client = Client(new ScreeningDialog(Library), new ScreeningRound { Plan = new SessionPlan { AreaId = "neck", Side = "left", PainBefore = 5, AgeYears = 34 } });

        var asked = 0;
        await SayAsync(client, "hi");
        while (client.DialogTurnResult!.Status == DialogTurnStatus.Waiting && asked++ < 40)
        {
            await SayAsync(client, "no");
        }

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        Assert.Null(Assert.IsType<ScreeningResult>(client.DialogTurnResult.Result).Outcome);
        Assert.InRange(asked, 5, 40);
    }

    [Fact]
    public async Task Yes_to_the_first_question_ends_the_screen_with_the_emergency_outcome()
    {
        var client = Client(new ScreeningDialog(Library), new ScreeningRound { Plan = new SessionPlan { AreaId = "neck", Side = "left", PainBefore = 5, AgeYears = 34 } });

        await SayAsync(client, "hi");
        await SayAsync(client, "yes");

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        Assert.Equal(SafetyOutcomes.Emergency, Assert.IsType<ScreeningResult>(client.DialogTurnResult.Result).Outcome);
    }

    [Fact]
    public async Task Not_sure_in_the_screen_counts_as_yes_so_a_doubt_never_lets_pressure_through()
    {
        var client = Client(new ScreeningDialog(Library), new ScreeningRound { Plan = new SessionPlan { AreaId = "neck", Side = "left", PainBefore = 5, AgeYears = 34 } });

        await SayAsync(client, "hi");
        await SayAsync(client, "not sure");

        Assert.Equal(SafetyOutcomes.Emergency, Assert.IsType<ScreeningResult>(client.DialogTurnResult!.Result).Outcome);
    }
}
