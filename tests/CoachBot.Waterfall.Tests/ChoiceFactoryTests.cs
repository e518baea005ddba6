using Newtonsoft.Json.Linq;

namespace CoachBot.Waterfall.Tests;

public class ChoiceFactoryTests
{
    private static readonly IList<Choice> Three = ChoiceFactory.ToChoices(["neck", "upper back", "lower back"]);
    private static readonly IList<Choice> Four = ChoiceFactory.ToChoices(["neck", "shoulders", "upper back", "lower back"]);

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Test)]
    [InlineData(Channels.Msteams)]
    public void Channels_with_suggested_actions_get_them(string channelId) =>
        Assert.Equal(3, ChoiceFactory.ForChannel(channelId, Three, "Where?").SuggestedActions.Actions.Count);

    [Fact]
    public void Teams_outside_a_personal_chat_gets_a_hero_card()
    {
        var message = ChoiceFactory.ForChannel(Channels.Msteams, "channel", Three, "Where?");

        Assert.Null(message.SuggestedActions);
        Assert.Equal(3, ((HeroCard)message.Attachments[0].Content).Buttons.Count);
    }

    [Fact]
    public void Teams_with_more_than_three_choices_gets_a_card_whose_buttons_answer_as_the_person()
    {
        var message = ChoiceFactory.ForChannel(Channels.Msteams, Four, "Where?");

        Assert.Null(message.SuggestedActions);
        Assert.Equal("Where?", message.Text);
        var card = AdaptiveCard.ContentOf(Assert.Single(message.Attachments));
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal(Four.Select(c => (c.Value, c.Value)), AdaptiveCard.Buttons(card));
        Assert.All(card.SelectTokens("$..actions[*].data"), data => Assert.Equal("imBack", (string?)data.SelectToken("msteams.type")));
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    public void Web_Chat_with_more_than_three_choices_gets_a_card_whose_buttons_send_the_choice_as_text(string channelId)
    {
        var message = ChoiceFactory.ForChannel(channelId, Four, "Where?");

        var card = AdaptiveCard.ContentOf(Assert.Single(message.Attachments));
        Assert.All(card.SelectTokens("$..actions[*].data"), data => Assert.Equal(JTokenType.String, data.Type));
        Assert.Equal(Four.Select(c => c.Value), AdaptiveCard.Buttons(card).Select(b => b.Answer));
    }

    [Fact]
    public void Short_titles_share_a_row_of_three_and_a_long_one_gets_a_row_of_its_own()
    {
        var choices = ChoiceFactory.ToChoices(["Neck", "Shoulder", "Calf", "Foot", "Back of the thigh (hamstrings)", "Hip"]);

        var card = AdaptiveCard.ContentOf(ChoiceFactory.ForChannel(Channels.Webchat, choices, "Where?").Attachments[0]);

        var rows = card["body"]!.Select(row => row["actions"]!.Select(a => (string?)a["title"]).ToList()).ToList();
        Assert.Equal([["Neck", "Shoulder", "Calf"], ["Foot"], ["Back of the thigh (hamstrings)"], ["Hip"]], rows);
    }

    [Fact]
    public void A_channel_without_cards_lists_more_than_three_choices_in_the_text()
    {
        var message = ChoiceFactory.ForChannel("sms", Four, "Where?");

        Assert.Empty(message.Attachments ?? []);
        Assert.Equal("Where?\n\n   1. neck\n   2. shoulders\n   3. upper back\n   4. lower back", message.Text);
    }

    [Fact]
    public void A_channel_without_buttons_gets_the_choices_inline_when_few_and_short()
    {
        var message = ChoiceFactory.ForChannel("sms", ChoiceFactory.ToChoices(["yes", "no"]), "Ready?");

        Assert.Equal("Ready? (1) yes or (2) no", message.Text);
    }

    [Fact]
    public void Long_titles_are_listed_in_the_text_rather_than_cut_short_on_buttons()
    {
        var longOnes = ChoiceFactory.ToChoices(["the muscles between my shoulder blades", "neck"]);

        var message = ChoiceFactory.ForChannel(Channels.Webchat, longOnes, "Where?");

        Assert.Null(message.SuggestedActions);
        Assert.Equal("Where?\n\n   1. the muscles between my shoulder blades\n   2. neck", message.Text);
    }

    [Fact]
    public void A_choice_with_its_own_action_keeps_it()
    {
        var choice = new Choice("neck") { Action = new CardAction(ActionTypes.PostBack, "My neck", value: "neck") };

        var action = ChoiceFactory.ToActions([choice]).Single();

        Assert.Equal(ActionTypes.PostBack, action.Type);
        Assert.Equal("My neck", action.Title);
    }

    [Fact]
    public void A_hero_card_carries_the_question_and_the_speech()
    {
        var message = ChoiceFactory.HeroCard(Three, "Where?", "Where does it hurt?");

        Assert.Equal("Where?", ((HeroCard)message.Attachments[0].Content).Text);
        Assert.Equal("Where does it hurt?", message.Speak);
    }

    [Fact]
    public void Blank_strings_do_not_become_choices() =>
        Assert.Equal(["a", "b"], ChoiceFactory.ToChoices(["a", " ", "b", ""]).Select(c => c.Value));
}
