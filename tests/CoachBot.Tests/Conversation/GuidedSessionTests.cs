using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>Whole sessions through the real host, dialogs, Azure Table state and pain log (Azurite).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class GuidedSessionTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _tables = azurite.UniqueTableName("s");
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, _tables);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_clean_screen_leads_to_a_timed_release_and_stretch_and_both_ratings_are_stored()
    {
        var chat = _host.NewConversation();

        var afterPain = await StartAsync(chat, area: "neck", side: "left", duration: "2 weeks", pain: "6");
        Assert.Contains(afterPain, t => t.Contains(Opening(TextKeys.ScreenIntro), StringComparison.Ordinal));
        var afterScreen = await PassScreenAsync(chat, "neck");
        Assert.Contains(afterScreen, t => t.Contains(Opening(TextKeys.ScreenClear), StringComparison.Ordinal));
        var start = await StartReleaseAsync(chat, "60 seconds");

        Assert.Contains(start, t => t.Contains(English.Text(TextKeys.ReleaseStart, new { seconds = 60 }), StringComparison.Ordinal));
        await chat.WaitForAsync(Opening(TextKeys.ReleaseHalfway));
        await chat.WaitForAsync(Opening(TextKeys.ReleaseEnd));
        await chat.WaitForAsync(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }));
        await chat.WaitForAsync(Opening(TextKeys.StretchRest));
        await chat.WaitForAsync(Opening(TextKeys.StretchHold, new { number = 2, count = 2 }));
        await chat.WaitForAsync(Opening(TextKeys.StretchEnd));
        await chat.WaitForAsync(Opening(TextKeys.PainAfterAsk));

        var comparison = await chat.SendAsync("3");
        Assert.Contains(comparison, t => t.Contains(English.Text(TextKeys.CompareDown, new { before = 6, after = 3, points = 3, s = "s" }), StringComparison.Ordinal));
        var offer = await chat.SendAsync("no");
        Assert.Contains(offer, t => t.Contains(Opening(TextKeys.ProgramOffer), StringComparison.Ordinal));
        Assert.DoesNotContain(offer, t => t.Contains(Opening(TextKeys.SessionEnd), StringComparison.Ordinal));
        var end = await chat.SendAsync("no");
        Assert.Contains(Opening(TextKeys.SessionEnd), end[^1], StringComparison.Ordinal);

        var ratings = await _host.StoredRatingsAsync(chat.UserKey);
        Assert.Equal([("before", 6), ("after", 3)], ratings.Select(r => (r.GetString("Phase"), r.GetInt32("Rating")!.Value)));
        Assert.All(ratings, r =>
        {
            Assert.Equal("neck", r.GetString("Area"));
            Assert.Equal("left", r.GetString("Side"));
            Assert.Equal("America/New_York", r.GetString("TimeZone"));
            Assert.Equal("test", r.GetString("Channel"));
            Assert.Equal(0, r.GetInt32("ProgramDay"));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r.GetString("LocalDate"));
        });
        Assert.Equal(ratings[0].GetString("SessionId"), ratings[1].GetString("SessionId"));
    }

    [Fact]
    public async Task Declining_consent_still_gives_a_guided_release_but_stores_no_rating()
    {
        var chat = _host.NewConversation();

        await StartAsync(chat, area: "forearm", side: "right", consent: false);
        await PassScreenAsync(chat, "forearm");
        var start = await StartReleaseAsync(chat);

        Assert.Contains(start, IsPressureInstruction);
        Assert.Empty(await _host.StoredRatingsAsync(chat.UserKey));
    }

    [Fact]
    public async Task The_person_can_choose_any_hold_between_30_and_90_seconds()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "thigh");
        await PassScreenAsync(chat, "thigh");

        await chat.AnswerAsync("no", "thumb", "yes");
        var tooLong = await chat.SendAsync("120");
        await chat.SendAsync("45");
        var chosen = await chat.SendAsync("start");

        Assert.Contains(tooLong, t => t.Contains(Opening(TextKeys.LengthRetry), StringComparison.Ordinal));
        Assert.Contains(chosen, t => t.Contains(English.Text(TextKeys.ReleaseStart, new { seconds = 45 }), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Saying_done_during_the_release_moves_on_to_the_stretch()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "shoulder");
        await PassScreenAsync(chat, "shoulder");
        await StartReleaseAsync(chat, "90 seconds");

        var done = await chat.SendAsync("done");

        Assert.Contains(done, t => t.Contains(Opening(TextKeys.ReleaseDone), StringComparison.Ordinal));
        Assert.Contains(done, t => t.Contains(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Too_much_or_ouch_during_the_release_gives_lighter_pressure_guidance_and_the_hold_goes_on()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "upper back");
        await PassScreenAsync(chat, "upper-back");
        await StartReleaseAsync(chat, "90 seconds");

        var ouch = await chat.SendAsync("ouch");

        Assert.Contains(ouch, t => t.Contains(Opening(TextKeys.ReleaseTooMuch), StringComparison.Ordinal));
        await chat.WaitForAsync(Opening(TextKeys.ReleaseEnd));
    }

    [Fact]
    public async Task Stop_during_the_release_skips_the_stretch_and_asks_for_the_rating_after()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "foot");
        await PassScreenAsync(chat, "foot-heel");
        await StartReleaseAsync(chat, "90 seconds");

        var stopped = await chat.SendAsync("stop");

        Assert.Contains(stopped, t => t.Contains(Opening(TextKeys.ReleaseStopped), StringComparison.Ordinal));
        Assert.Contains(stopped, t => t.Contains(Opening(TextKeys.PainAfterAsk), StringComparison.Ordinal));
        Assert.DoesNotContain(stopped, t => t.Contains(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pain_lasting_months_brings_the_advice_to_see_a_licensed_therapist_and_the_session_goes_on()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "lower back", duration: "since March");

        var afterScreen = await PassScreenAsync(chat, "lower-back", chronic: true);

        Assert.Contains(afterScreen, t => t.Contains(Outcome(SafetyOutcomes.Therapist), StringComparison.Ordinal));
        Assert.Contains(afterScreen, t => t.Contains(English.Cautions.Question, StringComparison.Ordinal));
    }
}
