using Xunit;

namespace CoachBot.Testing;

/// <summary>
/// One in-memory Azurite shared by the tests of a collection. Tests isolate themselves by
/// using their own table names (<see cref="UniqueTableName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private int _tables;

    /// <summary>The running Azurite.</summary>
    public AzuriteProcess Azurite { get; } = new();

    /// <summary>A connection string for the running Azurite.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>A table name no other test in this run uses (letters and digits, as tables require).</summary>
    public string UniqueTableName(string prefix) =>
        $"{prefix}{Interlocked.Increment(ref _tables)}x{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 34)];

    /// <inheritdoc />
    public Task InitializeAsync() => Azurite.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}
