namespace CoachBot.Tests.Architecture;

/// <summary>The namespaces of the coach depend on each other one way only, read from the compiled code.</summary>
public sealed class NamespaceCycleTests
{
    [Theory]
    [InlineData(typeof(CoachBot.Dialogs.CoachOptions), "CoachBot.Dialogs")]
    [InlineData(typeof(CoachBot.Hosting.CoachBotEndpoints), "CoachBot")]
    [InlineData(typeof(CoachBot.Waterfall.Dialog), "CoachBot.Waterfall")]
    public void No_namespace_of_an_assembly_depends_on_itself_through_others(Type inAssembly, string prefix)
    {
        var graph = NamespaceGraph.Of(inAssembly.Assembly, prefix);

        var cycles = NamespaceGraph.Cycles(graph);

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles.Select(c => string.Join(" <-> ", c) + "\n  " + string.Join("\n  ", c.SelectMany(from => graph[from].Where(c.Contains).Select(to => $"{from} -> {to}: {string.Join(", ", NamespaceGraph.Reasons(inAssembly.Assembly, from, to))}"))))));
    }
}
