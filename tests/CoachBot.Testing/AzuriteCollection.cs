namespace CoachBot.Testing;

/// <summary>Names the xunit collection whose tests share one Azurite.</summary>
public static class AzuriteCollection
{
    /// <summary>The collection name; each test assembly declares a [CollectionDefinition] with it.</summary>
    public const string Name = "Azurite";
}
