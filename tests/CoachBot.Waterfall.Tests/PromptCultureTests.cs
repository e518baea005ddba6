namespace CoachBot.Waterfall.Tests;

public class PromptCultureTests
{
    [Theory]
    [InlineData("en-US", null, "en-us")]
    [InlineData("es-ES", null, "es-es")]
    [InlineData("fr", null, "fr-fr")]
    [InlineData("fr-CA", null, "fr-fr")]
    [InlineData("de-DE", null, "de-de")]
    [InlineData("pt-BR", null, "pt-br")]
    [InlineData(null, "es-ES", "es-es")]
    [InlineData("", "de-DE", "de-de")]
    [InlineData(null, null, "en-us")]
    [InlineData("xx-YY", null, "en-us")]
    public void An_activity_locale_maps_to_the_recognizer_culture_that_reads_it(string? locale, string? fallback, string expected) =>
        Assert.Equal(expected, PromptCulture.For(locale, fallback));

    [Theory]
    [InlineData("en-GB", "seven", 7)]
    [InlineData("es-MX", "siete", 7)]
    [InlineData("es-AR", "unos 6", 6)]
    [InlineData("fr-CA", "sept", 7)]
    [InlineData("pt-PT", "sete", 7)]
    public async Task A_regional_locale_still_reads_numbers_in_its_language(string locale, string text, double expected)
    {
        var client = PromptHost.Client(new NumberPrompt<double>("number"), PromptHost.Ask("0 to 10?"), locale);
        await client.SendActivityAsync<IMessageActivity>("hi");

        Assert.Equal($"Got: {expected}", (await client.SendActivityAsync<IMessageActivity>(text)).Text);
    }
}
