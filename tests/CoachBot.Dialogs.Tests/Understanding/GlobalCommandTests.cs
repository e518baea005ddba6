using System.Text.Json.Nodes;
using CoachBot.Dialogs.Understanding;
using CoachBot.Testing;
using static CoachBot.Dialogs.Tests.DialogTests;

namespace CoachBot.Dialogs.Tests.Understanding;

public sealed class GlobalCommandTests
{
    // Teams offers the manifest's commands as prompt starters: a tap sends the title as typed.
    [Fact]
    public void Every_command_the_Teams_manifest_offers_is_one_the_coach_acts_on()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "teams", "manifest.json")))!;
        var titles = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList();

        Assert.Equal(["help", "start over", "show my progress", "export for my therapist", "delete my data"], titles);
        Assert.All(titles, title => Assert.Equal(title, GlobalCommand.Recognize(title, Library.Default, Library)));
    }
}
