using System.Net;
using System.Net.WebSockets;
using System.Text;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace CoachBot.Tests.DirectLine;

[Collection(AzuriteCollection.Name)]
public sealed class DirectLineStreamTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private DirectLineHost _host = null!;
    private DirectLineApi _api = null!;

    public Task InitializeAsync()
    {
        // A short keep-alive so that a quiet socket shows its empty frames within the test.
        _host = DirectLineHost.Start(azurite, new Dictionary<string, string?> { ["DirectLine:StreamKeepAlive"] = "00:00:00.200" });
        _api = new DirectLineApi(_host.CreateClient());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_stream_sends_the_welcome_the_echo_and_a_proactive_cue_as_activity_sets()
    {
        var started = await _api.StartNewAsync("dl_streamer");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        var welcome = _host.Services.GetRequiredService<ContentLibrary>().For("en-US").Text(TextKeys.Welcome);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
        var frames = new StreamFrames(socket);
        using var join = await _api.PostAsync(conversationId, token, DirectLineApi.Join("en-US"));
        join.EnsureSuccessStatusCode();

        var greeting = await frames.WaitForActivityAsync(a => (string?)a["text"] == welcome, "the welcome");
        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("ready", "client-ws"));
        var id = (string?)(await DirectLineApi.ReadSuccessAsync(post))["id"];
        var echo = await frames.WaitForActivityAsync(a => (string?)a["id"] == id, "the echo");
        await _host.SendProactiveAsync(conversationId, "dl_streamer", id!, "Release now.");
        var cue = await frames.WaitForActivityAsync(a => (string?)a["text"] == "Release now.", "the cue");

        Assert.Equal("client-ws", (string?)echo["channelData"]?["clientActivityID"]);
        Assert.Equal("bot", (string?)cue["from"]?["role"]);
        Assert.All(frames.Sets, set => Assert.False(string.IsNullOrEmpty((string?)set["watermark"])));
        Assert.NotEqual((string?)greeting["id"], (string?)cue["id"]);
    }

    [Fact]
    public async Task A_quiet_stream_gets_empty_keep_alive_frames()
    {
        var started = await _api.StartNewAsync("dl_quiet");
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri((string)started["streamUrl"]!), CancellationToken.None);
        var frames = new StreamFrames(socket);

        await frames.WaitForKeepAliveAsync();

        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task A_reconnect_gets_a_new_stream_url_that_replays_from_the_watermark()
    {
        var started = await _api.StartNewAsync("dl_reconnecter");
        var conversationId = (string)started["conversationId"]!;
        var token = (string)started["token"]!;
        using var post = await _api.PostAsync(conversationId, token, DirectLineApi.Message("before the drop", "client-r"));
        post.EnsureSuccessStatusCode();
        using var read = await _api.GetActivitiesAsync(conversationId, token);
        var watermark = (string?)(await DirectLineApi.ReadSuccessAsync(read))["watermark"];
        using var after = await _api.PostAsync(conversationId, token, DirectLineApi.Message("after the drop", "client-r2"));
        after.EnsureSuccessStatusCode();

        using var reconnect = await _api.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var streamUrl = (string)(await DirectLineApi.ReadSuccessAsync(reconnect))["streamUrl"]!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        var frames = new StreamFrames(socket);
        await frames.WaitForActivityAsync(a => (string?)a["text"] == "after the drop", "the newer message");

        Assert.DoesNotContain(frames.Activities, a => (string?)a["text"] == "before the drop");
    }

    [Fact]
    public async Task A_stream_url_with_another_conversations_token_is_refused()
    {
        var mine = await _api.StartNewAsync("dl_mine");
        var theirs = await _api.StartNewAsync("dl_theirs");
        var url = ((string)theirs["streamUrl"]!).Split("&t=")[0] + "&t=" + Uri.EscapeDataString((string)mine["token"]!);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(url), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
    }

    /// <summary>Reads a Direct Line socket's frames in the background and keeps them.</summary>
    private sealed class StreamFrames
    {
        private readonly List<JObject> _sets = [];
        private int _keepAlives;

        public StreamFrames(WebSocket socket) => _ = ReadAsync(socket);

        public IReadOnlyList<JObject> Sets
        {
            get { lock (_sets) { return _sets.ToList(); } }
        }

        public IReadOnlyList<JObject> Activities => Sets.SelectMany(set => set["activities"]!.OfType<JObject>()).ToList();

        public async Task<JObject> WaitForActivityAsync(Func<JObject, bool> match, string what)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (true)
            {
                var found = Activities.FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                Assert.True(DateTime.UtcNow < deadline, $"Never saw {what} on the stream; got:\n{string.Join('\n', Sets)}");
                await Task.Delay(50);
            }
        }

        public async Task WaitForKeepAliveAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (Volatile.Read(ref _keepAlives) == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "Never saw an empty keep-alive frame.");
                await Task.Delay(50);
            }
        }

        private async Task ReadAsync(WebSocket socket)
        {
            var buffer = new byte[64 * 1024];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var text = new StringBuilder();
                    WebSocketReceiveResult received;
                    do
                    {
                        received = await socket.ReceiveAsync(buffer, CancellationToken.None);
                        text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
                    }
                    while (!received.EndOfMessage);

                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    if (text.Length == 0)
                    {
                        Interlocked.Increment(ref _keepAlives);
                        continue;
                    }

                    lock (_sets)
                    {
                        _sets.Add(JObject.Parse(text.ToString()));
                    }
                }
            }
            catch (WebSocketException)
            {
                // The host went away at the end of the test.
            }
        }
    }
}
