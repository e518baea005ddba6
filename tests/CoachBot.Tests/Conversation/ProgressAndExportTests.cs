using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using static CoachBot.Tests.Conversation.SessionScript;

namespace CoachBot.Tests.Conversation;

/// <summary>"Show my progress" and "export for my therapist" in the conversation.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class ProgressAndExportTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachHost _host = null!;

    public async Task InitializeAsync() => _host = await CoachHost.StartAsync(azurite, azurite.UniqueTableName("pe"));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Show_my_progress_sends_a_summary_with_a_png_chart()
    {
        var chat = await FinishSessionAsync();

        var replies = await chat.SendAsync("show my progress");

        var message = _host.Channel.Received.Last(a => (string?)a["conversation"]?["id"] == chat.ConversationId && a["attachments"] is not null);
        Assert.Equal("image/png", (string?)message["attachments"]![0]!["contentType"]);
        Assert.StartsWith("data:image/png;base64,", (string?)message["attachments"]![0]!["contentUrl"], StringComparison.Ordinal);
        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ProgressDisclaimer), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Show_my_progress_with_no_ratings_says_so()
    {
        var chat = _host.NewConversation();
        await chat.JoinAsync();

        var replies = await chat.SendAsync("show my progress");

        Assert.Contains(replies, t => t.Contains(Opening(TextKeys.ProgressNone), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_for_my_therapist_gives_a_working_link_with_the_notes_the_person_added()
    {
        var chat = await FinishSessionAsync();

        var ask = await chat.SendAsync("export for my therapist");
        var ready = await chat.SendAsync("I take ibuprofen; asthma");
        var link = new Uri(LinkPattern().Match(string.Join("\n", ready)).Value);

        Assert.Contains(ask, t => t.Contains(Opening(TextKeys.ExportNotesAsk), StringComparison.Ordinal));
        using var report = await _host.Client.GetAsync(link.PathAndQuery);
        var html = await report.Content.ReadAsStringAsync();
        Assert.True(report.IsSuccessStatusCode, html);
        Assert.Contains("ibuprofen", html, StringComparison.Ordinal);
        Assert.Contains(English.Area("neck").Label, html, StringComparison.Ordinal);
        using var csv = await _host.Client.GetAsync(link.PathAndQuery + "/ratings.csv");
        Assert.True(csv.IsSuccessStatusCode);
    }

    private async Task<CoachConversation> FinishSessionAsync()
    {
        var chat = _host.NewConversation();
        await StartAsync(chat, area: "neck", pain: "6");
        await PassScreenAsync(chat, "neck");
        await StartReleaseAsync(chat, "30 seconds");
        await chat.AnswerAsync("stop", "4", "no", "no");
        return chat;
    }

    [GeneratedRegex(@"https?://\S+/exports/[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
