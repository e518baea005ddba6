using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Prompts;
using CoachBot.Testing;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.Prompts;

/// <summary>The coach's yes/no: the official words, the everyday ones they lack (from the content), and hedges that are no answer.</summary>
public sealed class YesNoPromptTests
{
    [Theory]
    [InlineData("en-US", "yes", "Got: yes")]
    [InlineData("en-US", "no", "Got: no")]
    [InlineData("es-ES", "claro", "Got: yes")]
    [InlineData("en-US", "not that i know of", "Got: no")]
    [InlineData("en-US", "nah", "Got: no")]
    [InlineData("es-ES", "para nada", "Got: no")]
    [InlineData("en-US", "none of those", "Got: no")]
    [InlineData("en-US", "not now", "Got: no")]
    [InlineData("en-US", "not today thanks", "Got: no")]
    [InlineData("en-US", "of course", "Got: yes")]
    [InlineData("es-ES", "vale", "Got: yes")]
    [InlineData("en-US", "no, wait, yes", "Got: no")]
    [InlineData("es-ES", "Sí", "Got: yes")]
    [InlineData("es-ES", "ninguna", "Got: no")]
    [InlineData("es-ES", "ninguno", "Got: no")]
    [InlineData("es-ES", "ninguna de esas", "Got: no")]
    [InlineData("es-ES", "sí, claro", "Got: yes")]
    [InlineData("es-MX", "nel", "Got: no")]
    [InlineData("es-ES", "no, nada de eso", "Got: no")]
    public async Task Everyday_answers_count_as_yes_or_no(string locale, string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(locale, answer));

    [Theory]
    [InlineData("es-ES", "no sé")]
    [InlineData("en-US", "not sure")]
    [InlineData("en-US", "maybe")]
    [InlineData("es-ES", "quizás")]
    [InlineData("es-ES", "a lo mejor")]
    [InlineData("en-US", "")]
    [InlineData("en-US", "heel is sore for the first few steps")]
    public async Task A_hedge_is_no_answer_so_the_question_comes_again(string locale, string answer) =>
        Assert.Equal("Please answer yes or no.", await AnswerAsync(locale, answer));

    [Theory]
    [InlineData("en-US", "no sé")]
    [InlineData("es-ES", "not sure")]
    public async Task A_hedge_in_another_language_of_the_coach_is_no_answer_either(string locale, string answer) =>
        Assert.Equal("Please answer yes or no.", await AnswerAsync(locale, answer));

    [Theory]
    [InlineData("sí", "Got: yes")]
    [InlineData("si", "Got: yes")]
    [InlineData("Sí", "Got: yes")]
    public async Task The_buttons_of_the_coachs_other_languages_answer_too(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync("en-US", answer));

    [Theory]
    [InlineData("claro")]
    [InlineData("nah")]
    public async Task Without_content_only_the_official_words_count(string answer) =>
        Assert.Equal("Please answer yes or no.", await AnswerAsync("en-US", answer, library: null));

    private static async Task<string?> AnswerAsync(string locale, string answer) =>
        await AnswerAsync(locale, answer, DialogTests.Library);

    private static async Task<string?> AnswerAsync(string locale, string answer, ContentLibrary? library)
    {
        var client = PromptHost.Client(new YesNoPrompt("confirm", library: library), PromptHost.Ask("Shall we start?", "Please answer yes or no."), locale, describe: r => r is true ? "yes" : "no");
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }
}
