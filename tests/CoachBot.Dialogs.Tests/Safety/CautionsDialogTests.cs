using CoachBot.Dialogs.Safety;
using CoachBot.Dialogs.State;
using CoachBot.Waterfall;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Safety;

public sealed class CautionsDialogTests
{
    [Fact]
    public async Task No_to_the_list_ends_with_no_cautions()
    {
        var client = Client(new CautionsDialog(Library), Round());

        var asked = await SayAsync(client, "hi");
        await SayAsync(client, "none of those");

        Assert.Contains(English.Cautions.Question, asked);
        var round = Assert.IsType<CautionsRound>(client.DialogTurnResult!.Result);
        Assert.Empty(round.CautionIds);
        Assert.False(round.StretchOnly);
    }

    [Fact]
    public async Task A_caution_named_in_plain_words_is_kept_for_the_release()
    {
        var client = Client(new CautionsDialog(Library), Round());

        await SayAsync(client, "hi");
        await SayAsync(client, "yeah");
        await SayAsync(client, "I'm on blood thinners");
        for (var answers = 0; client.DialogTurnResult!.Status == DialogTurnStatus.Waiting && answers < 5; answers++)
        {
            await SayAsync(client, "no");
        }

        var round = Assert.IsType<CautionsRound>(client.DialogTurnResult!.Result);
        Assert.Equal(["blood-thinners"], round.CautionIds);
    }

    private static CautionsRound Round() => new() { Plan = new SessionPlan { AreaId = "neck", Side = "left", PainBefore = 5, AgeYears = 34 } };
}
