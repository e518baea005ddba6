using CoachBot.Testing;

namespace CoachBot.Deploy.Tests;

/// <summary>The two icons Teams requires, committed under deploy/teams and drawn by make_icons.py.</summary>
public sealed class TeamsIconTests
{
    private static readonly string TeamsFolder = Path.Combine(RepositoryPaths.Root, "deploy", "teams");

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Each_icon_is_a_PNG_of_the_size_Teams_requires(string file, int size)
    {
        var png = PngImage.Read(File.ReadAllBytes(Path.Combine(TeamsFolder, file)));

        Assert.Equal(size, png.Width);
        Assert.Equal(size, png.Height);
    }

    [Fact]
    public void The_outline_icon_is_white_on_a_transparent_background()
    {
        var pixels = PngImage.Read(File.ReadAllBytes(Path.Combine(TeamsFolder, "outline.png"))).DecodeRgba();

        var visible = 0;
        var transparent = 0;
        for (var i = 0; i < pixels.Length; i += 4)
        {
            if (pixels[i + 3] == 0)
            {
                transparent++;
                continue;
            }

            visible++;
            Assert.True(pixels[i] == 255 && pixels[i + 1] == 255 && pixels[i + 2] == 255, $"pixel {i / 4} is not white");
        }

        Assert.True(visible > 0, "the outline icon is empty");
        Assert.True(transparent > 0, "the outline icon has no transparent background");
    }

    [Fact]
    public void The_color_icon_is_opaque()
    {
        var pixels = PngImage.Read(File.ReadAllBytes(Path.Combine(TeamsFolder, "color.png"))).DecodeRgba();

        for (var i = 3; i < pixels.Length; i += 4)
        {
            Assert.Equal(255, pixels[i]);
        }
    }

    [Fact]
    public async Task The_committed_icons_are_what_the_committed_script_draws()
    {
        var output = Directory.CreateTempSubdirectory("coachbot-icons-").FullName;
        try
        {
            var run = await ToolRun.StartAsync("python3", ["deploy/teams/make_icons.py", output], RepositoryPaths.Root);
            Assert.True(run.ExitCode == 0, run.Output);

            foreach (var file in new[] { "color.png", "outline.png" })
            {
                var committed = PngImage.Read(File.ReadAllBytes(Path.Combine(TeamsFolder, file)));
                var drawn = PngImage.Read(File.ReadAllBytes(Path.Combine(output, file)));
                Assert.Equal(committed.DecodeRgba(), drawn.DecodeRgba());
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
