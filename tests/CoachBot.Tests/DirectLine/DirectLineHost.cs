using System.Net;
using CoachBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Tests.DirectLine;

/// <summary>
/// The real host listening on a loopback port (Kestrel, not the in-memory test server), because
/// the bot's replies travel over HTTP to the serviceUrl the local Direct Line gives it.
/// </summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    private readonly CoachBotFactory _factory;

    private DirectLineHost(CoachBotFactory factory, Uri baseAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the host listens, ending in '/'.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The local Direct Line's base URL, as Web Chat's "domain".</summary>
    public string Domain => new Uri(BaseAddress, "v3/directline").ToString();

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts the host in Development on a free port, with its own state table in
    /// <paramref name="azurite"/> and <see cref="DirectLineApi.TestSecret"/> as the local secret
    /// unless <paramref name="settings"/> name one ("" for none).
    /// </summary>
    public static DirectLineHost Start(AzuriteFixture azurite, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var port = FreePort.Next();

        // Its own address is its public one, as a deployment sets it: pictures and export links lead here.
        var withSecret = new Dictionary<string, string?> { ["DirectLine:LocalSecret"] = DirectLineApi.TestSecret, ["Coach:PublicBaseUrl"] = $"http://127.0.0.1:{port}/" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            withSecret[key] = value;
        }

        var factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("dl"), withSecret, time);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        return new DirectLineHost(factory, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>A client for the host's real address.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// Sends <paramref name="text"/> to the conversation the way a timed cue or a daily check-in
    /// will: the production adapter's ContinueConversationAsync with a stored reference.
    /// </summary>
    public async Task SendProactiveAsync(string conversationId, string userId, string replyToId, string text)
    {
        var adapter = (CloudAdapterBase)Services.GetRequiredService<IBotFrameworkHttpAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            ServiceUrl = BaseAddress.ToString(),
            Conversation = new ConversationAccount(id: conversationId),
            Bot = new ChannelAccount("coachbot", "CoachBot"),
            User = new ChannelAccount(userId),
            ActivityId = replyToId,
        };
        await adapter.ContinueConversationAsync(
            string.Empty,
            reference,
            (turn, cancellationToken) => turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken),
            CancellationToken.None);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
