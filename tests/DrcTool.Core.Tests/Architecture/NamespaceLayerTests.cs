using System.Reflection;
using System.Reflection.Emit;
using DrcTool.Core.Checks;

namespace DrcTool.Core.Tests.Architecture;

/// <summary>
/// Core's layers point one way: the namespaces directly under DrcTool.Core (Model, Knowledge, Modules, Findings, Import,
/// Binding, Config, Analysis, Checks, Migration, Run) depend on each other without a cycle. Dependencies are read from the
/// compiled assembly: signatures, fields, base types and every type, method and field the method bodies name.
/// </summary>
public class NamespaceLayerTests
{
    private static readonly Assembly Core = typeof(DesignChecker).Assembly;

    [Fact]
    public void Core_namespaces_have_no_dependency_cycle()
    {
        var graph = DependencyGraph(Core);
        // The reader sees dependencies that exist only in method bodies, so the graph is not empty by accident.
        graph["Checks"].ShouldContain("Analysis");
        graph["Run"].ShouldContain("Checks");
        graph["Config"].ShouldContain("Knowledge");
        graph["Binding"].ShouldContain("Modules");
        FindCycle(graph).ShouldBeNull("a namespace cycle inside DrcTool.Core");
    }

    [Fact]
    public void The_layers_sit_in_the_documented_order()
    {
        // Knowledge at the bottom, configuration reading it, analysis and checks above, the run on top
        // (docs/architecture.md). A namespace may depend only on those before it.
        string[] order = ["DrcTool.Core", "Model", "Knowledge", "Modules", "Findings", "Import", "Binding", "Config", "Analysis", "Checks", "Migration", "Run"];
        var graph = DependencyGraph(Core);
        foreach (var (from, targets) in graph)
        {
            order.ShouldContain(from, $"{from} is a new layer: place it in this order and in docs/architecture.md");
            foreach (var to in targets)
            {
                Array.IndexOf(order, to).ShouldBeLessThan(Array.IndexOf(order, from), $"{from} depends on {to}, which sits above it");
            }
        }
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["Config"] = ["Checks", "Model"], ["Checks"] = ["Analysis"], ["Analysis"] = ["Config"], ["Model"] = [],
        };
        FindCycle(graph).ShouldBe("Analysis -> Config -> Checks -> Analysis");
    }

    /// <summary>Namespace (first level under DrcTool.Core) → the namespaces of the same assembly it uses.</summary>
    internal static Dictionary<string, HashSet<string>> DependencyGraph(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = Layer(type);
            if (from is null) continue;
            if (!graph.TryGetValue(from, out var targets)) graph[from] = targets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type))
            {
                if (used.Assembly == assembly && Layer(used) is { } to && to != from) targets.Add(to);
            }
        }

        return graph;
    }

    /// <summary>"Checks" for DrcTool.Core.Checks.Rules.Power; "DrcTool.Core" for the root namespace; compiler-generated types count as their outer type.</summary>
    private static string? Layer(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        var ns = type.Namespace;
        if (ns is null || !ns.StartsWith("DrcTool.Core", StringComparison.Ordinal)) return null;
        return ns == "DrcTool.Core" ? ns : ns["DrcTool.Core.".Length..].Split('.')[0];
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type>();
        if (type.BaseType is { } baseType) found.Add(baseType);
        found.AddRange(type.GetInterfaces());
        foreach (var field in type.GetFields(All)) found.Add(field.FieldType);
        foreach (var property in type.GetProperties(All)) found.Add(property.PropertyType);
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info) found.Add(info.ReturnType);
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(BodyTypes(method));
        }

        return found.SelectMany(Expand);
    }

    /// <summary>A type with its element type and generic arguments, recursively (List&lt;Finding&gt; uses Finding).</summary>
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var t in Expand(element)) yield return t;
        }

        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().Where(a => !a.IsGenericParameter).SelectMany(Expand)) yield return t;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue =
        typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The types a method body names: in calls, object creation, field access, casts, tokens.</summary>
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[at++]));
            var op = OpCodesByValue[value];
            var size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                MemberInfo? member = null;
                try
                {
                    member = module.ResolveMember(token, typeArgs, methodArgs);
                }
                catch (ArgumentException)
                {
                    // A token the runtime cannot resolve in this generic context names nothing we need.
                }

                switch (member)
                {
                    case Type t:
                        yield return t;
                        break;
                    case FieldInfo f:
                        if (f.DeclaringType is { } fd) yield return fd;
                        yield return f.FieldType;
                        break;
                    case MethodBase m:
                        if (m.DeclaringType is { } md) yield return md;
                        if (m is MethodInfo mi)
                        {
                            yield return mi.ReturnType;
                            foreach (var a in mi.GetGenericArguments()) yield return a;
                        }

                        break;
                }
            }

            at += size;
        }
    }

    /// <summary>"A -> B -> A" for the first cycle found, in name order; null when the graph has none.</summary>
    internal static string? FindCycle(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the stack, 2 done
        var stack = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle) return cycle;
        }

        return null;

        string? Visit(string node)
        {
            if (state.GetValueOrDefault(node) == 2) return null;
            if (state.GetValueOrDefault(node) == 1)
            {
                return string.Join(" -> ", stack.Skip(stack.IndexOf(node)).Append(node));
            }

            state[node] = 1;
            stack.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } cycle) return cycle;
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
