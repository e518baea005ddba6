namespace CoachBot.Waterfall;

/// <summary>Reads dialog state, where a missing key is normal (older state, a fresh prompt).</summary>
internal static class StateDictionary
{
    /// <summary>The value at <paramref name="key"/>, or null.</summary>
    public static object? ValueOrNull(this IDictionary<string, object> state, string key) =>
        state.TryGetValue(key, out var value) ? value : null;
}
