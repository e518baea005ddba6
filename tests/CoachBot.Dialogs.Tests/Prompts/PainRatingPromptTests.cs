using CoachBot.Dialogs.Prompts;
using CoachBot.Dialogs.Understanding;
using CoachBot.Testing;
using Microsoft.Bot.Schema;

namespace CoachBot.Dialogs.Tests.Prompts;

/// <summary>The pain rating as a person means it, where the engine's NumberPrompt reads numbers as the official library does.</summary>
public sealed class PainRatingPromptTests
{
    [Theory]
    [InlineData("7", "Got: 7")]
    [InlineData("seven", "Got: 7")]
    [InlineData("about a 6", "Got: 6")]
    [InlineData("I'd say it's a 4 today", "Got: 4")]
    [InlineData("6.5", "Got: 7")]
    [InlineData("7/10", "Got: 7")]
    [InlineData("7 out of 10", "Got: 7")]
    [InlineData("seven out of ten", "Got: 7")]
    [InlineData("6 or 7", "Got: 7")]
    [InlineData("6-7", "Got: 7")]
    [InlineData("6 to 7", "Got: 7")]
    [InlineData("between 5 and 6", "Got: 6")]
    [InlineData("3 or 4", "Got: 4")]
    [InlineData("0", "Got: 0")]
    public async Task English_answers_are_read_as_the_rating_meant(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer));

    [Theory]
    [InlineData("siete", "Got: 7")]
    [InlineData("unos 6", "Got: 6")]
    [InlineData("7 de 10", "Got: 7")]
    [InlineData("6 o 7", "Got: 7")]
    [InlineData("6,5", "Got: 7")]
    [InlineData("más o menos un 5", "Got: 5")]
    [InlineData("siete de diez", "Got: 7")]
    [InlineData("un 6 más o menos", "Got: 6")]
    public async Task Spanish_answers_are_read_as_the_rating_meant(string answer, string expected) =>
        Assert.Equal(expected, await AnswerAsync(answer, "es-ES"));

    [Theory]
    [InlineData("no idea")]
    [InlineData("")]
    public async Task No_number_is_asked_again(string answer) =>
        Assert.Equal("Please give a number from 0 to 10.", await AnswerAsync(answer));

    [Theory]
    [InlineData("my neck is 6 and my back 4", 6)]
    [InlineData("1/2", 0.5)]
    [InlineData("-3", -3)]
    [InlineData("entre 6 y 7", 6.5)]
    [InlineData("seven out of ten", 7)]
    public void The_reading_keeps_halves_for_whoever_rounds(string text, double expected) =>
        Assert.Equal(expected, text.StartsWith("entre", StringComparison.Ordinal)
            ? SpokenRating.Read(text, "es-es", DialogTests.Library.For("es-ES").Patterns.Ratings)
            : SpokenRating.Read(text, "en-us", DialogTests.English.Patterns.Ratings));

    private static async Task<string?> AnswerAsync(string answer, string locale = "en-US")
    {
        var client = PromptHost.Client(new PainRatingPrompt("rating", DialogTests.Library), PromptHost.Ask("How bad is it from 0 to 10?", "Please give a number from 0 to 10."), locale);
        await client.SendActivityAsync<IMessageActivity>("hi");
        return (await client.SendActivityAsync<IMessageActivity>(answer)).Text;
    }
}
