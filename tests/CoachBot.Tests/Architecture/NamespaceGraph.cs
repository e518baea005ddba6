using System.Reflection;
using System.Reflection.Emit;

namespace CoachBot.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code itself: signatures,
/// fields, attributes' types and every type, method and field a method body names (its IL
/// tokens). Usings are not enough: an unused one adds a false edge and a fully qualified name
/// hides a real one.
/// </summary>
internal static class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>The edges "namespace A uses namespace B" among the namespaces starting with <paramref name="prefix"/>.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Of(Assembly assembly, string prefix)
    {
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = Owner(type).Namespace;
            if (from is null || !from.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var used = edges.TryGetValue(from, out var set) ? set : edges[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var target in TypesUsedBy(type))
            {
                var to = Owner(target).Namespace;
                if (to is not null && to != from && to.StartsWith(prefix, StringComparison.Ordinal))
                {
                    used.Add(to);
                }
            }
        }

        return edges;
    }

    /// <summary>Which types of <paramref name="from"/> use which of <paramref name="to"/> ("A uses B"), to say why an edge exists.</summary>
    public static IReadOnlyList<string> Reasons(Assembly assembly, string from, string to) =>
        assembly.GetTypes()
            .Where(t => Owner(t).Namespace == from)
            .SelectMany(t => TypesUsedBy(t).Where(u => Owner(u).Namespace == to).Select(u => $"{Owner(t).Name} uses {Owner(u).Name}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every cycle's namespaces (strongly connected components of more than one).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        // Tarjan's algorithm.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;

        void Visit(string node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var to in edges.TryGetValue(node, out var targets) ? targets : [])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[node] = Math.Min(low[node], index[to]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    cycles.Add(component.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;
    }

    // A nested or compiler-made type (a lambda's closure, an async state machine) counts as the
    // type it is declared in.
    private static Type Owner(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        return type.IsArray || type.IsByRef || type.IsPointer ? Owner(type.GetElementType()!) : type;
    }

    private static IEnumerable<Type> TypesUsedBy(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t is null)
            {
                return;
            }

            found.Add(t);
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var attribute in type.GetCustomAttributesData())
        {
            Add(attribute.AttributeType);
        }

        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            foreach (var used in TypesInBody(method))
            {
                Add(used);
            }
        }

        return found;
    }

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short code = il[at++];
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il[at++]));
            }

            var operand = Operands.TryGetValue(code, out var kind) ? kind : OperandType.InlineNone;
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    Type? resolved = null;
                    try
                    {
                        resolved = module.ResolveMember(token, typeArguments, methodArguments) switch
                        {
                            Type t => t,
                            FieldInfo f => f.DeclaringType,
                            MethodBase m => m.DeclaringType,
                            _ => null,
                        };
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context this walk does not carry: skipped.
                    }

                    if (resolved is not null)
                    {
                        yield return resolved;
                    }

                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, at);
                    at += 4 + (4 * count);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    at += 4;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
            }
        }
    }
}
