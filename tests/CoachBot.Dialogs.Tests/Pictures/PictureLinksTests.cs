using CoachBot.Dialogs.Pictures;

namespace CoachBot.Dialogs.Tests.Pictures;

public sealed class PictureLinksTests
{
    private static readonly PictureLinks Links = new(new Uri("https://coach.example.org/"));

    [Fact]
    public void An_area_s_link_starts_with_the_public_address_and_names_the_side()
    {
        Assert.Equal("https://coach.example.org/pictures/areas/upper-back.png?side=middle", Links.Area("upper-back", PictureSides.Middle).AbsoluteUri);
        Assert.Equal("https://coach.example.org/pictures/body.png", Links.BodyMap().AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_area_s_link_without_a_side_asks_for_none(string? side)
    {
        Assert.Equal("https://coach.example.org/pictures/areas/calf.png", Links.Area("calf", side).AbsoluteUri);
    }

    [Fact]
    public void A_public_address_under_a_path_keeps_its_path()
    {
        var links = new PictureLinks(new Uri("https://example.org/coach"));

        Assert.Equal("https://example.org/coach/pictures/areas/neck.png?side=left", links.Area("neck", "left").AbsoluteUri);
    }

    [Fact]
    public void An_unknown_side_a_relative_address_and_an_empty_area_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Links.Area("neck", "top"));
        Assert.Throws<ArgumentException>(() => Links.Area(" ", null));
        Assert.Throws<ArgumentException>(() => new PictureLinks(new Uri("/coach", UriKind.Relative)));
        Assert.Throws<ArgumentException>(() => new PictureLinks(new Uri("ftp://example.org/")));
    }
}
