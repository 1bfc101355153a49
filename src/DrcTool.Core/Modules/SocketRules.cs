using DrcTool.Core.Model;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Modules;

/// <summary>
/// How a module's part is recognised in a design: part patterns and the pad shape, from the <c>recognition</c> section
/// of its <c>rules/modules/&lt;module&gt;/module.yaml</c>, plus any patterns a config adds with <see cref="WithExtraPatterns"/>.
/// </summary>
public sealed class SocketRules
{
    private SocketRules(IReadOnlyList<SocketPattern> patterns, IReadOnlyList<Regex> holdDownPads, PadShapeRule shape,
        IReadOnlyList<(PartPattern Pattern, string Origin)>? configPatterns = null)
    {
        Patterns = patterns;
        HoldDownPads = holdDownPads;
        Shape = shape;
        ConfigPatterns = configPatterns ?? [];
    }

    /// <summary>The B-SoM socket's rules, from rules/modules/b-som/module.yaml.</summary>
    public static SocketRules Default => ModuleCatalog.Default.BSom.Recognition;

    public IReadOnlyList<SocketPattern> Patterns { get; }
    /// <summary>drctool.yaml's <c>sockets:</c> patterns (several fields at once), tried before <see cref="Patterns"/>.</summary>
    public IReadOnlyList<(PartPattern Pattern, string Origin)> ConfigPatterns { get; }
    /// <summary>Pad names that are the socket's hold-down tabs (76/77 in Particle footprints, MP1/MP2 elsewhere).</summary>
    public IReadOnlyList<Regex> HoldDownPads { get; }
    /// <summary>The pads the module's footprint has.</summary>
    public PadShapeRule Shape { get; }
    /// <summary>How many of the module's positions a part's pads must cover to be taken by shape (67 for the M.2 edge).</summary>
    public int MinimumContacts => Shape.MinimumContacts;

    /// <summary>These rules with more patterns (from a drctool.yaml); the shipped patterns stay.</summary>
    public SocketRules WithExtraPatterns(IEnumerable<SocketPattern> extra)
    {
        var list = extra.ToList();
        return list.Count == 0 ? this : new SocketRules([.. Patterns, .. list], HoldDownPads, Shape, ConfigPatterns);
    }

    /// <summary>These rules with a config's socket patterns in front; <paramref name="origin"/> names the config file.</summary>
    public SocketRules WithConfigPatterns(IEnumerable<PartPattern> patterns, string origin)
    {
        var list = patterns.Select(p => (p, origin)).ToList();
        return list.Count == 0 ? this : new SocketRules(Patterns, HoldDownPads, Shape, [.. list, .. ConfigPatterns]);
    }

    public bool IsHoldDownPad(string pad)
    {
        foreach (var regex in HoldDownPads)
        {
            if (regex.IsMatch(pad))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a YAML document holding <c>patterns</c> and <c>shape</c> (a module.yaml's <c>recognition</c> section).</summary>
    /// <exception cref="FormatException">The YAML is malformed or a pattern is invalid; the message names the source.</exception>
    public static SocketRules Parse(string yaml, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new FormatException($"{sourceName}:{ex.Start.Line}:{ex.Start.Column}: {ex.Message}", ex);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{sourceName}: expected a mapping with 'patterns' and 'shape'");
        }

        return FromNode(root, sourceName);
    }

    /// <summary>Reads a mapping with <c>patterns</c> (by field) and <c>shape</c>.</summary>
    internal static SocketRules FromNode(YamlMappingNode root, string sourceName)
    {
        var patterns = new List<SocketPattern>();
        if (Child(root, "patterns") is YamlMappingNode byField)
        {
            foreach (var (key, value) in byField.Children)
            {
                var fieldName = ((YamlScalarNode)key).Value ?? "";
                if (!Enum.TryParse<SocketPatternField>(fieldName, ignoreCase: true, out var field))
                {
                    throw new FormatException($"{sourceName}:{key.Start.Line}: unknown pattern field '{fieldName}' (footprint, value, symbol, library, property)");
                }

                foreach (var item in Scalars(value))
                {
                    patterns.Add(Pattern(field, item, sourceName));
                }
            }
        }

        var holdDown = new List<Regex>();
        var shape = PadShapeRule.M2KeyE;
        if (Child(root, "shape") is YamlMappingNode shapeNode)
        {
            if (Child(shapeNode, "holdDownPads") is { } pads)
            {
                foreach (var item in Scalars(pads))
                {
                    holdDown.Add(new Regex(item.Value ?? "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch));
                }
            }

            shape = ReadShape(shapeNode, sourceName);
        }

        return new SocketRules(patterns, holdDown, shape);
    }

    private static PadShapeRule ReadShape(YamlMappingNode node, string sourceName)
    {
        var fallback = PadShapeRule.M2KeyE;
        var positions = Text(node, "pads") is { } padText ? Ranges(padText, "pads") : null;
        var forbidden = Text(node, "forbidden") is { } forbiddenText ? Ranges(forbiddenText, "forbidden") : null;
        var maxPad = Integer(node, "maxPad") ?? (positions is null ? fallback.MaxPad : positions.DefaultIfEmpty(0).Max());
        var minimum = Integer(node, "minimumContacts") ?? fallback.MinimumContacts;
        return new PadShapeRule(
            Text(node, "description") ?? fallback.Description,
            positions ?? Enumerable.Range(1, 77).Where(fallback.IsPosition).ToList(),
            forbidden ?? (positions is null ? PadShapeRule.Ranges("24-31").ToList() : []),
            maxPad,
            minimum,
            Flag(node, "byShapeAlone") ?? positions is null,
            Flag(node, "byPinName") ?? false);

        List<int> Ranges(string text, string key)
        {
            try
            {
                return PadShapeRule.Ranges(text).ToList();
            }
            catch (FormatException ex)
            {
                throw new FormatException($"{sourceName}:{Child(node, key)!.Start.Line}: {key}: {ex.Message}", ex);
            }
        }

        int? Integer(YamlMappingNode mapping, string key) =>
            Child(mapping, key) is YamlScalarNode scalar
                ? int.TryParse(scalar.Value, out var n) ? n : throw new FormatException($"{sourceName}:{scalar.Start.Line}: {key} must be a number")
                : null;

        bool? Flag(YamlMappingNode mapping, string key) =>
            Child(mapping, key) is YamlScalarNode scalar
                ? bool.TryParse(scalar.Value, out var b) ? b : throw new FormatException($"{sourceName}:{scalar.Start.Line}: {key} must be true or false")
                : null;
    }

    private static string? Text(YamlMappingNode mapping, string key) => Child(mapping, key) is YamlScalarNode { Value: { } v } ? v : null;

    private static SocketPattern Pattern(SocketPatternField field, YamlScalarNode node, string sourceName)
    {
        try
        {
            return new SocketPattern(field, node.Value ?? "", sourceName);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"{sourceName}:{node.Start.Line}:{node.Start.Column}: invalid pattern '{node.Value}': {ex.Message}", ex);
        }
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>(),
        YamlScalarNode scalar => [scalar],
        _ => [],
    };
}
