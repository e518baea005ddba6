using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Pictures;
using CoachBot.Dialogs.Sessions;
using CoachBot.Dialogs.State;
using CoachBot.Testing;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Sessions;

public sealed class WhereItHurtsDialogTests
{
    [Fact]
    public async Task Plain_answers_give_the_area_side_duration_and_pain_of_the_session()
    {
        var client = Client(new WhereItHurtsDialog(Library, TimeProvider.System), new SessionPlan());

        var area = await SayAsync(client, "hi");
        var side = await SayAsync(client, "my neck I guess");
        await SayAsync(client, "the left one");
        await SayAsync(client, "about 2 weeks");
        await SayAsync(client, "6 or 7");

        Assert.Contains(English.Text(TextKeys.AreaAsk), area);
        Assert.Contains(English.Text(TextKeys.SideAsk), side);
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
        var plan = Assert.IsType<SessionPlan>(client.DialogTurnResult.Result);
        Assert.Equal(("neck", "left", 7), (plan.AreaId, plan.Side, plan.PainBefore));
    }

    [Theory]
    [InlineData(Channels.Msteams)]
    [InlineData(Channels.Directline)]
    public async Task The_area_question_shows_the_body_map_with_every_area_s_button_on_one_card(string channel)
    {
        var pictures = new PictureLinks(new Uri("https://coach.example/"));
        var client = new DialogTestClient(new TestAdapter(channel) { Locale = "en-US" }, new WhereItHurtsDialog(Library, TimeProvider.System, pictures), new SessionPlan());

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(English.Text(TextKeys.AreaAsk), question.Text);
        var card = AdaptiveCard.ContentOf(question.Attachments.Single());
        var image = card["body"]![0]!;
        Assert.Equal(("Image", "https://coach.example/pictures/body.png", English.BodyMapAlt()), ((string?)image["type"], (string?)image["url"], (string?)image["altText"]));
        Assert.Equal(English.Areas.Select(a => a.Label), AdaptiveCard.Buttons(card).Select(b => b.Answer));
    }

    [Fact]
    public async Task A_place_the_coach_does_not_cover_gets_the_reason_and_an_invitation_to_name_another()
    {
        var client = Client(new WhereItHurtsDialog(Library, TimeProvider.System), new SessionPlan());

        await SayAsync(client, "hi");
        var replies = await SayAsync(client, "my chest");

        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Equal([English.Text(TextKeys.AreaOutOfScope)], replies);
    }

    [Theory]
    [InlineData("en-US", "between my shoulder blades", "3 weeks")]
    [InlineData("es-ES", "entre los omóplatos", "unas tres semanas")]
    public async Task Between_the_shoulder_blades_is_the_middle_so_the_side_is_not_asked(string locale, string place, string duration)
    {
        var content = Library.For(locale);
        var client = Client(new WhereItHurtsDialog(Library, TimeProvider.System), new SessionPlan(), locale);

        await SayAsync(client, "hi");
        var asked = await SayAsync(client, place);
        await SayAsync(client, duration);
        await SayAsync(client, "6");

        Assert.Contains(content.Text(TextKeys.DurationAsk), asked);
        Assert.DoesNotContain(content.Text(TextKeys.SideAsk), asked);
        var plan = Assert.IsType<SessionPlan>(client.DialogTurnResult!.Result);
        Assert.Equal(("upper-back", "middle"), (plan.AreaId, plan.Side));
    }
}
