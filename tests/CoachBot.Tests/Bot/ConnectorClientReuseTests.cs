using System.Security.Claims;
using CoachBot.Bot;
using CoachBot.Testing;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Configuration;

namespace CoachBot.Tests.Bot;

public sealed class ConnectorClientReuseTests
{
    private const string Channel = "http://127.0.0.1:1/";
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly SettableClock _clock = new(Start);
    private readonly ConnectorClientReuse _reuse;

    public ConnectorClientReuseTests()
    {
        _reuse = new ConnectorClientReuse(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()), _clock);
    }

    [Fact]
    public async Task Turns_to_the_same_channel_share_one_client_even_after_a_turn_disposed_it()
    {
        var first = await _reuse.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(Channel, null, default);
        first.Dispose();

        var next = await _reuse.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync(Channel, null, default);

        Assert.Same(first, next);
        Assert.Equal(new Uri(Channel), next.BaseUri);
    }

    [Fact]
    public async Task Another_service_url_gets_its_own_client()
    {
        var factory = _reuse.CreateConnectorFactory(new ClaimsIdentity());

        var first = await factory.CreateAsync(Channel, null, default);
        var other = await factory.CreateAsync("http://127.0.0.1:2/", null, default);

        Assert.NotSame(first, other);
        Assert.Equal(new Uri("http://127.0.0.1:2/"), other.BaseUri);
    }

    [Fact]
    public async Task A_client_is_replaced_after_ten_minutes_so_a_long_running_bot_sees_dns_changes()
    {
        var factory = _reuse.CreateConnectorFactory(new ClaimsIdentity());
        var first = await factory.CreateAsync(Channel, null, default);

        _clock.Set(Start.AddMinutes(11));
        var later = await factory.CreateAsync(Channel, null, default);

        Assert.NotSame(first, later);
    }
}
