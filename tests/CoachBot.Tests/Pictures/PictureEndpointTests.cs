using System.Net;
using CoachBot.Dialogs.Pictures;
using CoachBot.Pictures;
using CoachBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace CoachBot.Tests.Pictures;

/// <summary>GET /pictures/areas/{areaId}.png and /pictures/body.png through the real host.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PictureEndpointTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoachBotFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new CoachBotFactory(
            azurite.ConnectionString,
            azurite.UniqueTableName("pictures"),
            new Dictionary<string, string?> { ["Coach:PublicBaseUrl"] = "https://coach.example.org/" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData("/pictures/areas/neck.png?side=left")]
    [InlineData("/pictures/areas/upper-back.png?side=middle")]
    [InlineData("/pictures/areas/calf.png")]
    [InlineData("/pictures/body.png")]
    public async Task A_picture_is_a_png_any_cache_may_keep_for_a_day_and_then_revalidate(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(path);
        var png = await response.Content.ReadAsByteArrayAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var revalidated = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge.TotalSeconds: 86400 }, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.NotNull(response.Headers.ETag);
        using (var bitmap = SKBitmap.Decode(png))
        {
            Assert.Equal(PictureLayout.Width, bitmap.Width);
        }

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        File.WriteAllBytes(TestArtifacts.PathFor("endpoint" + path.Replace('/', '-').Replace('?', '-').Replace('=', '-')), png);
    }

    [Fact]
    public async Task Each_side_is_its_own_picture_and_no_side_means_both()
    {
        using var client = _factory.CreateClient();

        var left = await client.GetByteArrayAsync("/pictures/areas/forearm.png?side=left");
        var right = await client.GetByteArrayAsync("/pictures/areas/forearm.png?side=RIGHT");
        var both = await client.GetByteArrayAsync("/pictures/areas/forearm.png?side=both");
        var unsaid = await client.GetByteArrayAsync("/pictures/areas/forearm.png");

        Assert.NotEqual(left, right);
        Assert.Equal(both, unsaid);
        Assert.Equal(BodyPicture.Render(_factory.Services.GetRequiredService<CoachBot.Dialogs.Catalogs.ContentLibrary>().Pictures["forearm"].OnSide(PictureSides.Right)), right);
    }

    [Theory]
    [InlineData("/pictures/areas/knee.png", HttpStatusCode.NotFound)]
    [InlineData("/pictures/areas/Neck.png", HttpStatusCode.NotFound)]
    [InlineData("/pictures/areas/knee.png?side=top", HttpStatusCode.NotFound)]
    [InlineData("/pictures/areas/neck.png?side=top", HttpStatusCode.BadRequest)]
    [InlineData("/pictures/areas/neck.png?side=", HttpStatusCode.OK)]
    public async Task An_unknown_area_is_not_found_and_an_unknown_side_is_a_bad_request(string path, HttpStatusCode expected)
    {
        using var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_links_the_dialogs_are_given_start_with_the_public_address_and_lead_to_the_pictures()
    {
        var links = _factory.Services.GetRequiredService<PictureLinks>();
        using var client = _factory.CreateClient();

        var area = links.Area("hamstrings", PictureSides.Left);
        var map = links.BodyMap();

        Assert.Equal("https://coach.example.org/pictures/areas/hamstrings.png?side=left", area.AbsoluteUri);
        Assert.Equal("https://coach.example.org/pictures/body.png", map.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(area.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(map.PathAndQuery)).StatusCode);
    }
}
