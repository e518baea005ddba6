using CoachBot.Testing;

namespace CoachBot.Tests;

/// <summary>The tests in this collection share one in-memory Azurite.</summary>
[CollectionDefinition(AzuriteCollection.Name)]
public sealed class AzuriteCollectionDefinition : ICollectionFixture<AzuriteFixture>;
