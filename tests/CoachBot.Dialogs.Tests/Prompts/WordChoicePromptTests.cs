using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Understanding;
using CoachBot.Testing;
using CoachBot.Waterfall;
using CoachBot.Waterfall.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.Prompts;

/// <summary>The coach's choice matching: parts of names, plurals and missing accents forgiven, ties and stray numbers not guessed.</summary>
public sealed class WordChoicePromptTests
{
    [Theory]
    [InlineData("lower back", "Got: lower back (#2)")]
    [InlineData("Lower Back", "Got: lower back (#2)")]
    [InlineData("lumbar", "Got: lower back (#2)")]
    [InlineData("my low back", "Got: lower back (#2)")]
    [InlineData("my neck is killing me", "Got: neck (#0)")]
    [InlineData("upper", "Got: upper back (#1)")]
    [InlineData("the second one", "Got: upper back (#1)")]
    [InlineData("first", "Got: neck (#0)")]
    [InlineData("the last one", "Got: lower back (#2)")]
    [InlineData("2", "Got: upper back (#1)")]
    [InlineData("number 3", "Got: lower back (#2)")]
    [InlineData("necks", "Got: neck (#0)")]
    public async Task English_answers_find_what_the_person_meant(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer, Areas()));

    [Theory]
    [InlineData("cuello", "Got: cuello (#0)")]
    [InlineData("mi espalda baja", "Got: espalda baja (#2)")]
    [InlineData("la zona lumbar", "Got: espalda baja (#2)")]
    [InlineData("muneca", "Got: muñeca (#3)")]
    [InlineData("la segunda", "Got: espalda alta (#1)")]
    [InlineData("4", "Got: muñeca (#3)")]
    public async Task Spanish_answers_find_what_the_person_meant(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer, Zonas(), "es-ES"));

    [Theory]
    [InlineData("back")]
    [InlineData("knee")]
    [InlineData("7")]
    [InlineData("")]
    [InlineData("2 weeks")]
    [InlineData("the first few steps hurt")]
    [InlineData("nec")]
    [InlineData("necklace")]
    public async Task An_unclear_answer_or_a_number_inside_another_answer_asks_again(string answer) =>
        Assert.Equal("Please pick one of the areas.", await AnswerAsync(answer, Areas()));

    [Fact]
    public void A_found_choice_says_which_name_matched()
    {
        var found = ChoiceWords.Recognize("lower spine", Areas().Choices!);

        Assert.NotNull(found);
        Assert.Equal(("lower back", "lower spine", 1f), (found.Value, found.Synonym, found.Score));
    }

    private static PromptOptions Areas() => new()
    {
        Prompt = MessageFactory.Text("Where does it hurt?"),
        RetryPrompt = MessageFactory.Text("Please pick one of the areas."),
        Choices = [new Choice("neck"), new Choice("upper back"), new Choice("lower back") { Synonyms = ["lumbar", "lower spine"] }],
    };

    private static PromptOptions Zonas() => new()
    {
        Prompt = MessageFactory.Text("¿Dónde te duele?"),
        RetryPrompt = MessageFactory.Text("Please pick one of the areas."),
        Choices = [new Choice("cuello"), new Choice("espalda alta"), new Choice("espalda baja") { Synonyms = ["lumbares", "zona lumbar"] }, new Choice("muñeca")],
    };

    private static async Task<string?> AnswerAsync(string answer, PromptOptions options, string locale = "en-US")
    {
        var client = PromptHost.Client(new WordChoicePrompt("choice"), options, locale, describe: r => r is FoundChoice f ? $"{f.Value} (#{f.Index})" : "(nothing)");
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }
}
