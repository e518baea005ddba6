using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Conversation;
using CoachBot.Dialogs.State;
using CoachBot.Waterfall;
using Microsoft.Bot.Builder;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Conversation;

public sealed class AgeDialogTests
{
    [Theory]
    [InlineData("I'm 52", AgeGroups.Adult, 52)]
    [InlineData("seventy", AgeGroups.Older, 70)]
    public async Task A_typed_age_is_kept_as_its_group_and_its_years(string answer, string group, int years)
    {
        var userState = new UserState(new MemoryStorage());
        var client = Client(new AgeDialog(Library, userState), userState: userState);

        var asked = await SayAsync(client, "hi");
        await SayAsync(client, answer);

        Assert.Contains(English.Text(TextKeys.AgeAsk), asked);
        Assert.Equal(group, client.DialogTurnResult!.Result);
        var profile = await ProfileAsync(userState, client);
        Assert.Equal((group, years), (profile.AgeGroup, profile.AgeYears));
    }

    [Fact]
    public async Task Someone_under_18_gets_the_advice_for_young_people_and_the_session_ends()
    {
        var userState = new UserState(new MemoryStorage());
        var client = Client(new AgeDialog(Library, userState), userState: userState);

        await SayAsync(client, "hi");
        var replies = await SayAsync(client, "16");

        Assert.Equal(AgeGroups.Young, client.DialogTurnResult!.Result);
        Assert.Single(replies);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
    }

    [Fact]
    public async Task A_question_instead_of_an_age_asks_again()
    {
        var userState = new UserState(new MemoryStorage());
        var client = Client(new AgeDialog(Library, userState), userState: userState);

        await SayAsync(client, "hi");
        await SayAsync(client, "why do you need that?");

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
    }

    private static async Task<CoachProfile> ProfileAsync(UserState userState, CoachBot.Testing.DialogTestClient client)
    {
        var turn = new TurnContext(client.Adapter, new Microsoft.Bot.Schema.Activity
        {
            ChannelId = client.Adapter.Conversation.ChannelId,
            From = client.Adapter.Conversation.User,
            Conversation = client.Adapter.Conversation.Conversation,
        });
        await userState.LoadAsync(turn, force: true);
        return await userState.CreateProperty<CoachProfile>(CoachProfile.PropertyName).GetAsync(turn, () => new CoachProfile());
    }
}
