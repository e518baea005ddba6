namespace CoachBot.Testing;

/// <summary>Finds the repository from a test's output folder, so tests can reach node_modules and content.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds CoachBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The project's node_modules folder (installed by the README's commands).</summary>
    public static string NodeModules => Path.Combine(Root, "node_modules");

    /// <summary>The guard every Node process of the tests runs through, so it ends with the test process.</summary>
    public static string ExitWithParent => Path.Combine(Root, "tests", "CoachBot.Testing", "node", "exit-with-parent.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CoachBot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
