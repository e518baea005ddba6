using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.Faults;

/// <summary>A rating sent while storage does not answer: the person is told the truth, and sending it again works.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageOutageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("outage"));

    public async Task DisposeAsync()
    {
        if (!azurite.Azurite.IsRunning)
        {
            await azurite.Azurite.StartAsync();
        }

        await _host.DisposeAsync();
    }

    [Fact]
    public async Task A_rating_sent_while_storage_is_frozen_is_asked_for_again_and_kept_once_when_sent_again()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes", "neck", "left", "2 weeks");

        azurite.Azurite.Freeze();
        IReadOnlyList<string> failed;
        try
        {
            failed = await chat.SendAsync("8");
        }
        finally
        {
            azurite.Azurite.Thaw();
        }

        var again = await chat.SendAsync("8");

        Assert.Equal([SessionScript.English.Text(TextKeys.ErrorStorage)], failed);
        Assert.DoesNotContain(failed, t => t.Contains(SessionScript.Opening(TextKeys.ErrorReset), StringComparison.Ordinal));
        Assert.Contains(again, t => t.Contains(SessionScript.Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
        var ratings = await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None);
        var before = Assert.Single(ratings);
        Assert.Equal(8, before.Rating);
        Assert.Equal(PainRatingPhases.Before, before.Phase);
    }
}
