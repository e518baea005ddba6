using System.Net;
using System.Text.RegularExpressions;
using CoachBot.Dialogs.Catalogs;
using CoachBot.Testing;

namespace CoachBot.Tests.WebChat;

/// <summary>The page at / and the Web Chat bundle the host serves for it.</summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class WebChatPageTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachBotFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new CoachBotFactory(azurite.ConnectionString, azurite.UniqueTableName("page"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_page_names_the_coach_and_says_it_is_not_medical_advice()
    {
        using var response = await _factory.CreateClient().GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 class=\"app-title\">CoachBot</h1>", html, StringComparison.Ordinal);
        Assert.Contains(ContentLibrary.Load(ContentLibrary.DefaultRoot).For("en-US").Text(TextKeys.PageDisclaimer), html, StringComparison.Ordinal);
        Assert.Contains("width=device-width", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Spanish_browser_gets_the_page_in_Spanish_and_no_placeholder_is_left()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("es-MX,es;q=0.9,en;q=0.5");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        var spanish = ContentLibrary.Load(ContentLibrary.DefaultRoot).For("es-MX");
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains(spanish.Text(TextKeys.PageDisclaimer), html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/index.html")).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task The_bundle_comes_compressed_and_an_unchanged_one_is_not_sent_again(string encoding)
    {
        using var client = _factory.CreateClient();
        using var first = new HttpRequestMessage(HttpMethod.Get, "/webchat/webchat.js");
        first.Headers.AcceptEncoding.ParseAdd(encoding);

        using var response = await client.SendAsync(first);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/webchat/webchat.js");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.True(compressed.Length < 2_000_000, $"The 3.9 MB bundle came as {compressed.Length} bytes.");
        Assert.True(response.Headers.CacheControl!.NoCache);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Every_script_on_the_page_comes_from_this_host_not_a_CDN()
    {
        using var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/");

        var sources = ScriptSource().Matches(html).Select(match => match.Groups[1].Value).ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.DoesNotContain("//", source, StringComparison.Ordinal));
        foreach (var source in sources)
        {
            using var script = await client.GetAsync("/" + source);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [Fact]
    public async Task The_served_Web_Chat_bundle_is_the_official_one_from_npm()
    {
        var official = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.NodeModules, "botframework-webchat", "dist", "webchat.js"));

        using var response = await _factory.CreateClient().GetAsync("/webchat/webchat.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(official, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public void The_build_output_has_its_own_copy_of_the_bundle_for_publishing()
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "wwwroot", "lib", "webchat.js");

        Assert.True(File.Exists(copy), $"{copy} is missing: the CoachBot.csproj copy step did not run.");
    }

    [GeneratedRegex("<script[^>]*\\bsrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
