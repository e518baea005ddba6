using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace CoachBot.Waterfall.Tests;

/// <summary>
/// An <see cref="IStorage"/> that keeps nothing but JSON text, like a database does, with the
/// serializer settings a test chooses: with type names and an allow-list binder like the bot's
/// Table storage, or without type names like storage that does not keep .NET types.
/// </summary>
internal sealed class JsonStorage(JsonSerializerSettings settings) : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public IReadOnlyDictionary<string, string> Items => _items;

    /// <summary>Type names on, and only the kinds of types the bot's storage binder allows.</summary>
    public static JsonStorage WithAllowedTypes() => new(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.All,
        SerializationBinder = new AllowListBinder(),
    });

    /// <summary>No type names: everything comes back as JSON objects and primitives.</summary>
    public static JsonStorage WithoutTypeNames() => new(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> found = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                found[key] = JsonConvert.DeserializeObject(json, settings)!;
            }
        }

        return Task.FromResult(found);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var (key, value) in changes)
        {
            _items[key] = JsonConvert.SerializeObject(value, settings);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The same rule as the bot's storage binder: our assemblies, the Bot Framework schema,
    /// Newtonsoft's JSON types, primitives and plain collections of those. Anything else in dialog
    /// state would fail to load in production, so it fails here.
    /// </summary>
    private sealed class AllowListBinder : ISerializationBinder
    {
        private static readonly string[] Assemblies = ["CoachBot", "Microsoft.Bot.Schema", "Newtonsoft.Json"];
        private readonly DefaultSerializationBinder _inner = new();

        public Type BindToType(string? assemblyName, string typeName)
        {
            var type = _inner.BindToType(assemblyName, typeName);
            return Allowed(type) ? type : throw new JsonSerializationException($"Type '{type.FullName}' is not allowed in stored bot state.");
        }

        public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
            _inner.BindToName(serializedType, out assemblyName, out typeName);

        private static bool Allowed(Type type)
        {
            if (type.IsArray)
            {
                return Allowed(type.GetElementType()!);
            }

            if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
                || type == typeof(TimeSpan) || type == typeof(Guid) || type == typeof(object))
            {
                return true;
            }

            if (type.IsGenericType)
            {
                var definition = type.GetGenericTypeDefinition();
                var collection = definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(Nullable<>);
                return (collection || Ours(definition)) && type.GetGenericArguments().All(Allowed);
            }

            return Ours(type);
        }

        private static bool Ours(Type type) => Assemblies.Any(a => (type.Assembly.GetName().Name ?? string.Empty).StartsWith(a, StringComparison.Ordinal));
    }
}
