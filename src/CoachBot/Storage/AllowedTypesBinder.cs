using System.Collections.Concurrent;
using Newtonsoft.Json.Serialization;

namespace CoachBot.Storage;

/// <summary>
/// Bot state is stored with .NET type names so that dialog state comes back as the objects that
/// wrote it. Reading a type name from storage must never instantiate an arbitrary type (a classic
/// deserialization attack), so only our own assemblies, the Bot Framework schema and plain
/// collections of those are allowed. The names written are short, because every turn reads and
/// writes them: the collections bot state uses most get an alias ("map" instead of a
/// 130-character generic type name) and our own types are named without their assembly. Full
/// assembly-qualified names, as older state has them, are still read.
/// </summary>
public sealed class AllowedTypesBinder : ISerializationBinder
{
    private static readonly string[] AllowedAssemblyPrefixes =
    [
        "CoachBot",
        "Microsoft.Bot.Schema",
        "Newtonsoft.Json",
    ];

    private static readonly HashSet<string> AllowedGenericDefinitions =
    [
        typeof(List<>).FullName!,
        typeof(Dictionary<,>).FullName!,
        typeof(IList<>).FullName!,
        typeof(IDictionary<,>).FullName!,
        typeof(Nullable<>).FullName!,
    ];

    private const string OurAssemblyPrefix = "CoachBot";

    private static readonly Dictionary<string, Type> TypesByAlias = new(StringComparer.Ordinal)
    {
        ["map"] = typeof(Dictionary<string, object>),
        ["strings"] = typeof(List<string>),
        ["list"] = typeof(List<object>),
    };

    private static readonly Dictionary<Type, string> AliasesByType = TypesByAlias.ToDictionary(pair => pair.Value, pair => pair.Key);

    // Read once, on first use: every type of ours that says what it used to be called.
    private static readonly Lazy<Dictionary<string, Type>> FormerNames = new(() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(IsOurAssembly)
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetCustomAttributes(typeof(CoachBot.Dialogs.FormerlyAttribute), inherit: false)
                .Cast<CoachBot.Dialogs.FormerlyAttribute>()
                .Select(former => (former.FullName, type)))
            .ToDictionary(pair => pair.FullName, pair => pair.type, StringComparer.Ordinal));

    private readonly DefaultSerializationBinder _inner = new();
    private readonly ConcurrentDictionary<string, Type?> _ourTypes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, (string? Assembly, string? Name)> _names = new();
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();

    /// <summary>The one shared instance; the binder holds no per-use state.</summary>
    public static AllowedTypesBinder Instance { get; } = new();

    /// <inheritdoc />
    public Type BindToType(string? assemblyName, string typeName)
    {
        // A type that moved since the state was written is found by its former name.
        if ((assemblyName is null || assemblyName.StartsWith(OurAssemblyPrefix, StringComparison.Ordinal))
            && FormerNames.Value.TryGetValue(typeName, out var moved))
        {
            return moved;
        }

        if (assemblyName is null)
        {
            if (TypesByAlias.TryGetValue(typeName, out var aliased))
            {
                return aliased;
            }

            if (_ourTypes.GetOrAdd(typeName, FindOurType) is { } ours)
            {
                return ours;
            }
        }

        var type = _inner.BindToType(assemblyName, typeName);
        if (!_allowed.GetOrAdd(type, IsAllowed))
        {
            throw new Newtonsoft.Json.JsonSerializationException(
                $"Type '{type.FullName}' is not allowed in stored bot state.");
        }

        return type;
    }

    /// <inheritdoc />
    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);

        // Worked out once per type: asking a type for its assembly's name allocates, and this runs
        // for every typed value of every state written.
        (assemblyName, typeName) = _names.GetOrAdd(serializedType, NameFor);
    }

    /// <summary>True when values of <paramref name="type"/> may be created from stored JSON.</summary>
    public static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }

        if (type.IsEnum)
        {
            return IsOurs(type);
        }

        if (type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
            || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid)
            || type == typeof(object))
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var definitionAllowed = AllowedGenericDefinitions.Contains(definition.FullName!) || IsOurs(definition);
            return definitionAllowed && type.GetGenericArguments().All(IsAllowed);
        }

        return IsOurs(type);
    }

    private (string? Assembly, string? Name) NameFor(Type type)
    {
        if (AliasesByType.TryGetValue(type, out var alias))
        {
            return (null, alias);
        }

        if (!type.IsGenericType && IsOurAssembly(type.Assembly))
        {
            return (null, type.FullName);
        }

        _inner.BindToName(type, out var assemblyName, out var typeName);
        return (assemblyName, typeName);
    }

    private static bool IsOurAssembly(System.Reflection.Assembly assembly) =>
        (assembly.GetName().Name ?? string.Empty).StartsWith(OurAssemblyPrefix, StringComparison.Ordinal);

    private static Type? FindOurType(string typeName) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(IsOurAssembly)
            .Select(assembly => assembly.GetType(typeName, throwOnError: false))
            .FirstOrDefault(type => type is not null);

    private static bool IsOurs(Type type)
    {
        var assembly = type.Assembly.GetName().Name ?? string.Empty;
        return AllowedAssemblyPrefixes.Any(prefix => assembly.StartsWith(prefix, StringComparison.Ordinal));
    }
}
