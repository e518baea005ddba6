using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>The age question: asked once, under 18 gets no pressure guidance and nothing kept, 65 and over stretch longer.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AgeTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("age"), new Dictionary<string, string?> { ["Coach:TimeScale"] = "0.02" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("I'm 15", false)]
    [InlineData("under 18", false)]
    [InlineData("nearly 18", false)]
    [InlineData("teenager", false)]
    [InlineData("34", true)]
    [InlineData("18 to 64", true)]
    [InlineData("2", true)]
    [InlineData("seventy two", true)]
    [InlineData("65+", true)]
    [InlineData("65 or over", true)]
    public async Task An_age_in_a_persons_own_words_decides_whether_the_coach_goes_on(string answer, bool adult)
    {
        var chat = _host.NewConversation();
        var greeting = await chat.JoinAsync();

        var replies = await chat.SendAsync(answer);

        Assert.Contains(greeting, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
        Assert.Equal(adult, replies.Any(t => t.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal)));
        Assert.Equal(!adult, replies.Any(t => t.Contains(Opening(TextKeys.AgeYoung), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Someone_under_18_gets_no_pressure_guidance_later_and_nothing_is_stored()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.SendAsync("i am 16");

        var later = await chat.AnswerAsync("hi", "my neck", "left", "2 weeks", "6", "no", "thumb");
        var fromAnotherChat = await new CoachConversation(_host.Client, _host.Channel) { UserId = chat.UserId }.SendAsync("can we do my calf?");

        Assert.All(later, t => Assert.DoesNotContain(Opening(TextKeys.AreaAsk), t, StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Transcript, IsPressureInstruction);
        Assert.Contains(later, t => t.Contains(Opening(TextKeys.AgeYoungAgain), StringComparison.Ordinal));
        Assert.Contains(fromAnotherChat, t => t.Contains(Opening(TextKeys.AgeYoungAgain), StringComparison.Ordinal));
        Assert.Empty(await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None));
    }

    [Fact]
    public async Task The_age_is_asked_once_per_person()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat);
        await chat.SendAsync("cancel");

        var again = await new CoachConversation(_host.Client, _host.Channel) { UserId = chat.UserId }.SendAsync("hi");

        Assert.DoesNotContain(again, t => t.Contains(Opening(TextKeys.AgeAsk), StringComparison.Ordinal));
        Assert.Contains(again, t => t.Contains(Opening(TextKeys.AreaAsk), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("why do you need my age?", TextKeys.AgeWhy)]
    [InlineData("200", TextKeys.AgeRetry)]
    [InlineData("", TextKeys.AgeRetry)]
    public async Task A_question_or_an_unlikely_age_gets_a_reason_and_the_question_again(string answer, string expectedKey)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();

        var replies = await chat.SendAsync(answer);

        Assert.Contains(replies, t => t.Contains(Opening(expectedKey), StringComparison.Ordinal));
        Assert.DoesNotContain(replies, t => t.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal));
        Assert.Contains(await chat.SendAsync("40"), t => t.Contains(Opening(TextKeys.ConsentAsk), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_of_70_holds_each_stretch_longer_and_is_told_why()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "upper back", side: "right", age: "I'm 70");
        await PassScreenAsync(chat, "upper-back", age: 70);
        await StartReleaseAsync(chat, "30 seconds");

        var first = await chat.WaitForAsync(Opening(TextKeys.StretchHold, new { number = 1, count = 2 }));

        Assert.Contains(English.Text(TextKeys.StretchOlder, new { seconds = 30 }), first, StringComparison.Ordinal);
        Assert.Contains(English.Text(TextKeys.StretchHold, new { number = 1, count = 2, seconds = 30 }), first, StringComparison.Ordinal);
        Assert.True(English.Area("upper-back").Stretch.HoldSeconds < 30, "the upper back's usual hold is shorter, so the test shows the change");
    }
}
