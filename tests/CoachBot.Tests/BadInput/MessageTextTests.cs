using CoachBot.Bot;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Ratings;
using CoachBot.Testing;
using CoachBot.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.BadInput;

/// <summary>
/// Unusual text in a message: control characters, right-to-left text, markdown and HTML. The
/// conversation goes on, stored ratings are untouched, and nothing the person typed comes back
/// as markup (the coach never echoes a person's raw text).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MessageTextTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("text"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> Injections => new()
    {
        "<script>alert('pwned')</script>",
        "<img src=x onerror=alert('pwned')>",
        "neck <iframe src=\"http://evil.example/\"></iframe>",
        "**pwned** [click me](http://evil.example/)",
        "![pwned](http://evil.example/x.png)",
        "<b>neck</b>",
        "# pwned\n\n> quoted [x](javascript:alert(1))",
    };

    public static TheoryData<string, string> InjectionsAtEachFreeTextQuestion()
    {
        var data = new TheoryData<string, string>();
        foreach (var question in new[] { "where it hurts", "how long", "how strong" })
        {
            foreach (var injection in Injections)
            {
                data.Add(question, injection);
            }
        }

        return data;
    }

    [Fact]
    public async Task Control_characters_around_an_answer_are_dropped_and_the_answer_still_counts()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");

        var side = await chat.SendAsync("\u0001my neck\u0007\u0000");
        await chat.AnswerAsync("left", "2 weeks");
        await chat.SendAsync("\u00006\u001f");

        Assert.Contains(side, t => t.Contains(SessionScript.Opening(TextKeys.SideAsk), StringComparison.Ordinal));
        Assert.Equal(6, Assert.Single(await RatingsAsync(chat)).Rating);
    }

    [Theory]
    [InlineData("\u202Eon\u202C")]
    [InlineData("\u0644\u0627")]
    [InlineData("\u05DC\u05D0 \u200F")]
    [InlineData("\u0000\u001b\u0007")]
    [InlineData("\u200F\u202B\u0631\u0642\u0628\u0629\u202C 6")]
    public async Task Control_characters_and_right_to_left_text_keep_the_conversation_going_and_leave_stored_ratings_as_they_were(string text)
    {
        var chat = _host.NewConversation();
        await SessionScript.StartAsync(chat, pain: "6");

        var replies = await chat.SendAsync(text);
        var next = await chat.SendAsync("no");

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(SessionScript.English.Text(TextKeys.ErrorReset), replies);
        Assert.NotEmpty(next);
        Assert.DoesNotContain(SessionScript.English.Text(TextKeys.ErrorReset), next);
        Assert.Equal(6, Assert.Single(await RatingsAsync(chat)).Rating);
    }

    [Theory]
    [MemberData(nameof(InjectionsAtEachFreeTextQuestion))]
    public async Task Markup_typed_by_the_person_never_comes_back_in_a_reply(string question, string injection)
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();
        await chat.AnswerAsync("34", "yes");
        if (question != "where it hurts")
        {
            await chat.AnswerAsync("neck", "left");
        }

        if (question == "how strong")
        {
            await chat.SendAsync("2 weeks");
        }

        var replies = await chat.SendAsync(injection);

        Assert.NotEmpty(replies);
        Assert.DoesNotContain(SessionScript.English.Text(TextKeys.ErrorReset), replies);
        foreach (var fragment in new[] { "<script", "<img", "<iframe", "<b>", "onerror", "pwned", "evil.example", "javascript:", "click me" })
        {
            Assert.DoesNotContain(chat.Transcript, t => t.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<IReadOnlyList<PainRating>> RatingsAsync(CoachConversation chat) =>
        await _host.Services.GetRequiredService<IPainLog>().ListAsync(chat.UserKey, CancellationToken.None);
}
