using CoachBot.Testing;
using Microsoft.Extensions.Options;

namespace CoachBot.Tests.Hosting;

/// <summary>A bad setting stops the host at start with a message that names it, rather than failing a person later.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SettingsValidationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("Coach:TimeScale", "0", "Coach:TimeScale")]
    [InlineData("Coach:EmergencyHold", "-01:00:00", "Coach:EmergencyHold")]
    [InlineData("CheckIns:PollInterval", "00:00:00", "CheckIns:PollInterval")]
    [InlineData("Storage:RetentionDays", "0", "Storage:RetentionDays")]
    [InlineData("Storage:PainRatingsTable", "pain-ratings", "Storage:*Table")]
    [InlineData("DirectLine:TokenLifetime", "00:00:00", "DirectLine:TokenLifetime")]
    [InlineData("Coach:PublicBaseUrl", "ftp://files.example", "Coach:PublicBaseUrl")]
    [InlineData("Bot:AllowedServiceUrls", "https://ok.example, smtp://no.example", "Bot:AllowedServiceUrls")]
    public async Task A_setting_out_of_its_range_stops_the_start_and_names_the_setting(string key, string value, string named)
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("bad"), new Dictionary<string, string?> { [key] = value });

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        // The host may stop on the first service that reads the setting or on the start-up check,
        // alone or together with another failure; what matters is that a validation names it.
        Assert.True(
            Causes(failure).OfType<OptionsValidationException>().Any(v => v.Message.Contains(named, StringComparison.Ordinal)),
            $"No validation failure names {named}; the start failed with: {failure}");
    }

    private static IEnumerable<Exception> Causes(Exception failure)
    {
        yield return failure;
        var inner = failure is AggregateException all ? all.InnerExceptions : failure.InnerException is { } one ? [one] : [];
        foreach (var cause in inner.SelectMany(Causes))
        {
            yield return cause;
        }
    }

    [Fact]
    public async Task The_shipped_defaults_start()
    {
        await using var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("good"));

        using var response = await factory.CreateClient().GetAsync("/healthz");

        Assert.True(response.IsSuccessStatusCode);
    }
}
