namespace CoachBot.Waterfall.Tests;

public class ChoicePromptTests
{
    private static PromptOptions Areas(string question = "Where does it hurt?", string retry = "Please pick one of the areas.") =>
        new()
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text(retry),
            Choices =
            [
                new Choice("neck"),
                new Choice("upper back"),
                new Choice("lower back") { Synonyms = ["lumbar", "lower spine"] },
            ],
        };

    private static PromptOptions Zonas() =>
        new()
        {
            Prompt = MessageFactory.Text("¿Dónde te duele?"),
            RetryPrompt = MessageFactory.Text("Elige una de las zonas, por favor."),
            Choices =
            [
                new Choice("cuello"),
                new Choice("espalda alta"),
                new Choice("espalda baja") { Synonyms = ["lumbares", "zona lumbar"] },
                new Choice("muñeca"),
            ],
        };

    private static string Describe(object? result) => result is FoundChoice found ? $"{found.Value} (#{found.Index})" : "(nothing)";

    private static async Task<string?> AnswerAsync(string answer, PromptOptions? options = null, string locale = "en-US")
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), options ?? Areas(), locale, describe: Describe);
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }

    // As the official ChoiceRecognizers: every word of a name, in order; then an ordinal or a number.
    [Theory]
    [InlineData("lower back", "Got: lower back (#2)")]
    [InlineData("Lower Back", "Got: lower back (#2)")]
    [InlineData("lumbar", "Got: lower back (#2)")]
    [InlineData("my neck is killing me", "Got: neck (#0)")]
    [InlineData("my lower back, I think", "Got: lower back (#2)")]
    [InlineData("the second one", "Got: upper back (#1)")]
    [InlineData("first", "Got: neck (#0)")]
    [InlineData("2", "Got: upper back (#1)")]
    [InlineData("number 3", "Got: lower back (#2)")]
    public async Task ChoicePrompt_finds_a_choice_named_whole_or_by_position(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer));

    [Theory]
    [InlineData("cuello", "Got: cuello (#0)")]
    [InlineData("mi espalda baja", "Got: espalda baja (#2)")]
    [InlineData("la zona lumbar", "Got: espalda baja (#2)")]
    [InlineData("la segunda", "Got: espalda alta (#1)")]
    [InlineData("4", "Got: muñeca (#3)")]
    public async Task ChoicePrompt_finds_a_choice_in_spanish(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer, Zonas(), "es-ES"));

    // What the official matching does not forgive: a part of a name, a plural, a missing accent.
    [Theory]
    [InlineData("back")]
    [InlineData("upper")]
    [InlineData("my low back")]
    [InlineData("necks")]
    [InlineData("knee")]
    [InlineData("7")]
    [InlineData("")]
    public async Task ChoicePrompt_asks_again_for_anything_but_a_whole_name_or_a_position(string answer) =>
        Assert.Equal("Please pick one of the areas.", await AnswerAsync(answer));

    // And what it does take: a number or an ordinal anywhere in the message picks a position.
    [Theory]
    [InlineData("2 weeks", "Got: upper back (#1)")]
    [InlineData("the first few steps hurt", "Got: neck (#0)")]
    public async Task ChoicePrompt_takes_a_number_or_ordinal_anywhere_in_the_message(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer));

    [Fact]
    public async Task ChoicePrompt_does_not_forgive_a_missing_accent() =>
        Assert.Equal("Elige una de las zonas, por favor.", await AnswerAsync("muneca", Zonas(), "es-ES"));

    [Fact]
    public async Task ChoicePrompt_asks_again_in_spanish_then_accepts_a_choice()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Zonas(), "es-ES", describe: Describe);
        await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("Elige una de las zonas, por favor.", (await client.SendActivityAsync<IMessageActivity>("la rodilla")).Text);
        Assert.Equal("Got: cuello (#0)", (await client.SendActivityAsync<IMessageActivity>("el cuello")).Text);
    }

    [Fact]
    public async Task ChoicePrompt_on_webchat_shows_the_choices_as_suggested_actions()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Areas(), channel: Channels.Webchat);

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Where does it hurt?", question.Text);
        Assert.Equal(["neck", "upper back", "lower back"], question.SuggestedActions.Actions.Select(a => a.Title));
        Assert.All(question.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
    }

    [Fact]
    public async Task ChoicePrompt_in_a_teams_group_chat_shows_a_hero_card()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        adapter.Conversation.Conversation.ConversationType = "groupChat";
        var client = new DialogTestClient(adapter, new PromptHost(new ChoicePrompt("choice"), Areas()));

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        var card = Assert.IsType<HeroCard>(question.Attachments.Single().Content);
        Assert.Equal("Where does it hurt?", card.Text);
        Assert.Equal(["neck", "upper back", "lower back"], card.Buttons.Select(b => b.Title));
        Assert.Null(question.SuggestedActions);
    }

    [Fact]
    public async Task ChoicePrompt_in_a_teams_personal_chat_shows_suggested_actions()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        adapter.Conversation.Conversation.ConversationType = "personal";
        var client = new DialogTestClient(adapter, new PromptHost(new ChoicePrompt("choice"), Areas()));

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal(3, question.SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task ChoicePrompt_with_more_than_three_choices_in_teams_shows_every_one_on_a_card()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        adapter.Conversation.Conversation.ConversationType = "personal";
        var client = new DialogTestClient(adapter, new PromptHost(new ChoicePrompt("choice"), Zonas()));

        var question = await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Null(question.SuggestedActions);
        var card = AdaptiveCard.ContentOf(question.Attachments.Single());
        Assert.Equal(Zonas().Choices!.Select(c => c.Value), AdaptiveCard.Buttons(card).Select(b => b.Answer));
    }

    [Fact]
    public async Task ChoicePrompt_puts_its_buttons_on_the_card_the_question_already_carries()
    {
        var picture = AdaptiveCard.Card([AdaptiveCard.Image(new Uri("http://localhost/pictures/body.png"), "A body map")]);
        var options = Zonas();
        options.Prompt = (Activity)MessageFactory.Attachment(AdaptiveCard.ToAttachment(picture), "¿Dónde te duele?");
        var client = PromptHost.Client(new ChoicePrompt("choice"), options, "es-ES", channel: Channels.Webchat, describe: Describe);

        var question = await client.SendActivityAsync<IMessageActivity>("hola");

        Assert.Equal("¿Dónde te duele?", question.Text);
        var card = AdaptiveCard.ContentOf(question.Attachments.Single());
        Assert.Equal("Image", (string?)card["body"]![0]!["type"]);
        Assert.Equal(4, AdaptiveCard.Buttons(card).Count);
        Assert.Equal("Got: muñeca (#3)", (await client.SendActivityAsync<IMessageActivity>(AdaptiveCard.Buttons(card)[3].Answer)).Text);
    }

    [Fact]
    public async Task ChoicePrompt_in_Teams_puts_a_few_buttons_on_the_question_s_card_since_Teams_hides_suggested_actions_there()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        adapter.Conversation.Conversation.ConversationType = "personal";
        var options = Areas();
        options.Prompt = (Activity)MessageFactory.Attachment(AdaptiveCard.ToAttachment(AdaptiveCard.Card([AdaptiveCard.Image(new Uri("https://coach.example/body.png"), "A body map")])), "Where does it hurt?");
        var client = new DialogTestClient(adapter, new PromptHost(new ChoicePrompt("choice"), options));

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Null(question.SuggestedActions);
        Assert.Equal(["neck", "upper back", "lower back"], AdaptiveCard.Buttons(AdaptiveCard.ContentOf(question.Attachments.Single())).Select(b => b.Answer));
    }

    [Fact]
    public async Task ChoicePrompt_style_from_the_options_wins_over_the_prompt_style()
    {
        var options = Areas();
        options.Style = ListStyle.List;
        var client = PromptHost.Client(new ChoicePrompt("choice") { Style = ListStyle.SuggestedAction }, options);

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Where does it hurt?\n\n   1. neck\n   2. upper back\n   3. lower back", question.Text);
        Assert.Null(question.SuggestedActions);
    }

    [Fact]
    public async Task ChoicePrompt_inline_style_numbers_the_choices_in_the_text()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice") { Style = ListStyle.Inline }, Areas());

        var question = await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("Where does it hurt? (1) neck, (2) upper back, or (3) lower back", question.Text);
    }

    [Fact]
    public async Task The_retry_prompt_carries_the_buttons_too()
    {
        var client = PromptHost.Client(new ChoicePrompt("choice"), Areas(), channel: Channels.Webchat);
        await client.SendActivityAsync<IMessageActivity>("hi");

        var retry = await client.SendActivityAsync<IMessageActivity>("knee");

        Assert.Equal("Please pick one of the areas.", retry.Text);
        Assert.Equal(3, retry.SuggestedActions.Actions.Count);
    }

    [Fact]
    public async Task A_choice_validator_can_refuse_an_area_with_its_own_message()
    {
        var prompt = new ChoicePrompt("choice", async (context, ct) =>
        {
            if (context.Recognized.Succeeded && context.Recognized.Value.Value == "neck")
            {
                await context.Context.SendActivityAsync("We covered your neck yesterday; pick another area.", cancellationToken: ct);
                return false;
            }

            return context.Recognized.Succeeded;
        });
        var client = PromptHost.Client(prompt, Areas(), describe: Describe);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal("We covered your neck yesterday; pick another area.", (await client.SendActivityAsync<IMessageActivity>("neck")).Text);
        Assert.Null(client.GetNextReply<IMessageActivity>());
        Assert.Equal("Got: upper back (#1)", (await client.SendActivityAsync<IMessageActivity>("upper back")).Text);
    }

    [Fact]
    public void A_found_choice_says_which_name_matched()
    {
        var found = ChoiceRecognizers.RecognizeChoice("lower spine", Areas().Choices!);

        Assert.NotNull(found);
        Assert.Equal("lower back", found.Value);
        Assert.Equal("lower spine", found.Synonym);
        Assert.Equal(1f, found.Score);
    }
}
