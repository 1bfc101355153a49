using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Knowledge;

/// <summary>
/// The numbers of rules/rule-parameters.yaml by "group.name" key ("i2c-pull-up.max-ohms"), with a config's
/// `parameters:` laid over them and where each value comes from. Rules never read this table: they read the typed
/// <see cref="RuleParameters"/> built from it, which reads every key exactly once.
/// </summary>
public sealed class ParameterTable
{
    public const string ResourceName = "rules/rule-parameters.yaml";

    private static readonly Lazy<ParameterTable> DefaultLazy = new(LoadBuiltIn);
    private readonly SortedDictionary<string, double> _values;

    private ParameterTable(SortedDictionary<string, double> values, IReadOnlyDictionary<string, string> sources)
    {
        _values = values;
        Sources = sources;
    }

    /// <summary>The shipped parameters.</summary>
    public static ParameterTable Default => DefaultLazy.Value;

    /// <summary>Every key, in order.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Where each value comes from: "rules/rule-parameters.yaml" or "drctool.yaml:12:5".</summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>The value of a parameter; throws <see cref="KeyNotFoundException"/> naming the key when it does not exist.</summary>
    public double this[string key] =>
        _values.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no rule parameter '{key}' ({ResourceName})");

    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>This table with <paramref name="overrides"/> laid over it; unknown keys are the caller's to reject.</summary>
    public ParameterTable With(IReadOnlyDictionary<string, (double Value, string Source)> overrides)
    {
        if (overrides.Count == 0)
        {
            return this;
        }

        var values = new SortedDictionary<string, double>(_values, StringComparer.Ordinal);
        var sources = new SortedDictionary<string, string>(Sources.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        foreach (var (key, (value, source)) in overrides)
        {
            values[key] = value;
            sources[key] = source;
        }

        return new ParameterTable(values, sources);
    }

    /// <summary>Reads the two-level YAML (group: { name: number }).</summary>
    public static ParameterTable Parse(string yaml, string origin)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root)
        {
            foreach (var (group, names) in root.Children)
            {
                foreach (var (name, value) in ((YamlMappingNode)names).Children)
                {
                    var key = $"{((YamlScalarNode)group).Value}.{((YamlScalarNode)name).Value}";
                    values[key] = double.Parse(((YamlScalarNode)value).Value!, NumberStyles.Float, CultureInfo.InvariantCulture);
                    sources[key] = origin;
                }
            }
        }

        return new ParameterTable(values, sources);
    }

    private static ParameterTable LoadBuiltIn() => Parse(RuleData.ReadText("rule-parameters.yaml"), ResourceName);
}
