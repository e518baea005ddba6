using CoachBot.Dialogs.Catalogs;
using CoachBot.Dialogs.Understanding;

namespace CoachBot.Dialogs.Tests.Understanding;

public sealed class AreaRecognizerTests
{
    private static readonly AreaRecognizer Recognizer = new(ContentLibrary.Load(ContentLibrary.DefaultRoot).For("en").Areas, ContentLibrary.Load(ContentLibrary.DefaultRoot).For("en").Patterns);

    [Theory]
    [InlineData("my neck and left shoulder", new[] { "neck", "shoulder" }, "left")]
    [InlineData("lower back", new[] { "lower-back" }, null)]
    [InlineData("my low back", new[] { "lower-back" }, null)]
    [InlineData("between my shoulder blades", new[] { "upper-back" }, "middle")]
    [InlineData("between my shoulder blades, more on the left", new[] { "upper-back" }, "left")]
    [InlineData("middle of my back", new[] { "upper-back" }, "middle")]
    [InlineData("Upper back, right side", new[] { "upper-back" }, "right")]
    [InlineData("both calves", new[] { "calf" }, "both")]
    [InlineData("tennis elbow on the right", new[] { "forearm" }, "right")]
    [InlineData("my heel", new[] { "foot-heel" }, null)]
    [InlineData("Jaw", new[] { "head-jaw" }, null)]
    [InlineData("my left hamstring", new[] { "hamstrings" }, "left")]
    [InlineData("back of my thigh", new[] { "hamstrings" }, null)]
    [InlineData("base of my skull", new[] { "base-of-skull" }, null)]
    [InlineData("the back of my head", new[] { "base-of-skull" }, null)]
    public void Free_text_finds_the_areas_and_side_a_person_means(string text, string[] areas, string? side)
    {
        var mention = Recognizer.Recognize(text);

        Assert.Equal(areas, mention.AreaIds);
        Assert.Equal(side, mention.Side);
    }

    [Theory]
    [InlineData("ouch")]
    [InlineData("\U0001F62C")]
    [InlineData("")]
    [InlineData("why?")]
    public void Answers_that_name_no_area_find_none(string text)
    {
        Assert.Empty(Recognizer.Recognize(text).AreaIds);
    }
}
