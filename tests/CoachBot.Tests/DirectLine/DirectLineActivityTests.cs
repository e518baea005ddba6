using System.Net;
using System.Net.Http.Headers;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class DirectLineActivityTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DirectLineHost _host = null!;
    private DirectLineApi _api = null!;

    public Task InitializeAsync()
    {
        _host = DirectLineHost.Start(azurite);
        _api = new DirectLineApi(_host.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string WelcomeText => _host.Services.GetRequiredService<ContentLibrary>().For("en-US").Text(TextKeys.Welcome);

    [Fact]
    public async Task The_coach_greets_when_the_page_joins_and_the_client_never_sees_conversationUpdate()
    {
        var started = await _api.StartNewAsync("dl_newcomer");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;

        // Starting delivers the conversationUpdate before it answers; it carries no locale, as
        // Azure's does not, so the coach waits for the page's join rather than guess the language.
        using var beforeJoin = await _api.GetActivitiesAsync(conversationId, token);
        var unjoined = (await DirectLineApi.ReadSuccessAsync(beforeJoin))["activities"]!;
        using var join = await _api.PostAsync(conversationId, token, DirectLineApi.Join("en-US"));
        join.EnsureSuccessStatusCode();
        var activities = await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["text"] == WelcomeText, "the welcome");

        Assert.Empty(unjoined);
        var welcome = activities.OfType<JObject>().Single(a => (string?)a["text"] == WelcomeText);
        Assert.Equal("bot", (string?)welcome["from"]?["role"]);
        Assert.Equal("directline", (string?)welcome["channelId"]);
        Assert.DoesNotContain(activities, a => (string?)a["type"] == "conversationUpdate");
    }

    [Fact]
    public async Task The_greeting_comes_in_the_language_of_the_browser_that_joins()
    {
        var started = await _api.StartNewAsync("dl_hispanohablante");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        var spanish = _host.Services.GetRequiredService<ContentLibrary>().For("es-MX").Text(TextKeys.Welcome);

        using var join = await _api.PostAsync(conversationId, token, DirectLineApi.Join("es-MX"));
        join.EnsureSuccessStatusCode();
        var activities = await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["text"] == spanish, "the Spanish welcome");

        Assert.DoesNotContain(activities, a => (string?)a["text"] == WelcomeText);
    }

    [Fact]
    public async Task A_client_that_never_joins_is_greeted_at_its_first_message_in_that_messages_language()
    {
        var started = await _api.StartNewAsync("dl_plainclient");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;

        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("hi", "client-1"));
        post.EnsureSuccessStatusCode();

        await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["text"] == WelcomeText, "the welcome");
    }

    [Fact]
    public async Task A_sent_message_is_echoed_with_its_id_the_token_user_and_its_channelData()
    {
        var started = await _api.StartNewAsync("dl_sender");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;

        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("my neck hurts", "client-42"));
        var id = (string?)(await DirectLineApi.ReadSuccessAsync(post))["id"];
        var activities = await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["id"] == id, "the echo");

        var echo = activities.OfType<JObject>().Single(a => (string?)a["id"] == id);
        Assert.Equal("my neck hurts", (string?)echo["text"]);
        Assert.Equal("client-42", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal("dl_sender", (string?)echo["from"]?["id"]);
        Assert.Equal("user", (string?)echo["from"]?["role"]);
    }

    [Fact]
    public async Task Reading_from_the_last_watermark_returns_only_what_is_new()
    {
        var started = await _api.StartNewAsync("dl_pager");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        using var join = await _api.PostAsync(conversationId, token, DirectLineApi.Join("en-US"));
        join.EnsureSuccessStatusCode();
        await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["text"] == WelcomeText, "the welcome");
        using var firstRead = await _api.GetActivitiesAsync(conversationId, token);
        var watermark = (string?)(await DirectLineApi.ReadSuccessAsync(firstRead))["watermark"];

        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("second", "client-2"));
        post.EnsureSuccessStatusCode();
        using var secondRead = await _api.GetActivitiesAsync(conversationId, token, watermark);
        var page = await DirectLineApi.ReadSuccessAsync(secondRead);
        using var thirdRead = await _api.GetActivitiesAsync(conversationId, token, (string?)page["watermark"]);
        var empty = await DirectLineApi.ReadSuccessAsync(thirdRead);

        var texts = page["activities"]!.Select(a => (string?)a["text"]).ToList();
        Assert.Contains("second", texts);
        Assert.DoesNotContain(WelcomeText, texts);
        Assert.Empty(empty["activities"]!);
    }

    [Fact]
    public async Task An_activity_over_256K_characters_gets_413()
    {
        var started = await _api.StartNewAsync("dl_verbose");

        using var post = await _api.PostAsync((string)started["conversationId"]!, (string)started["token"]!, DirectLineApi.Message(new string('a', 260 * 1024), "client-big"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, post.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineApi.ReadErrorCodeAsync(post));
    }

    [Fact]
    public async Task An_uploaded_file_reaches_the_conversation_as_an_attachment_that_can_be_downloaded()
    {
        var started = await _api.StartNewAsync("dl_uploader");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        var bytes = "a small picture"u8.ToArray();
        using var form = new MultipartFormDataContent();
        var activityPart = new StringContent(DirectLineApi.Message("here is my posture", "client-up").ToString());
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        var filePart = new ByteArrayContent(bytes);
        filePart.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(filePart, "file", "posture.png");
        using var client = _host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId=dl_uploader") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var upload = await client.SendAsync(request);
        var id = (string?)(await DirectLineApi.ReadSuccessAsync(upload))["id"];
        var activities = await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["id"] == id, "the upload's echo");
        var attachment = activities.OfType<JObject>().Single(a => (string?)a["id"] == id)["attachments"]!.Single();
        var downloaded = await client.GetByteArrayAsync((string)attachment["contentUrl"]!);

        Assert.Equal("posture.png", (string?)attachment["name"]);
        Assert.Equal("image/png", (string?)attachment["contentType"]);
        Assert.Equal(bytes, downloaded);
    }

    [Fact]
    public async Task A_proactive_message_from_the_bot_reaches_the_conversation()
    {
        var started = await _api.StartNewAsync("dl_waiting");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("start", "client-p"));
        var userActivityId = (string)(await DirectLineApi.ReadSuccessAsync(post))["id"]!;

        await _host.SendProactiveAsync(conversationId, "dl_waiting", userActivityId, "Halfway there. Keep breathing.");
        var activities = await _api.WaitForActivityAsync(conversationId, token, a => (string?)a["text"] == "Halfway there. Keep breathing.", "the proactive message");

        var cue = activities.OfType<JObject>().Single(a => (string?)a["text"] == "Halfway there. Keep breathing.");
        Assert.Equal("bot", (string?)cue["from"]?["role"]);
        Assert.DoesNotContain(activities, a => a != cue && (string?)a["id"] == (string?)cue["id"]);
    }
}
