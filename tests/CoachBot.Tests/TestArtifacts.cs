namespace CoachBot.Tests;

/// <summary>Where tests leave what a person would look at (screenshots, charts), beside the test binaries.</summary>
internal static class TestArtifacts
{
    /// <summary>The path of <paramref name="name"/> in the artifacts folder, which is created if missing.</summary>
    public static string PathFor(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
