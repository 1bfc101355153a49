using System.Text.RegularExpressions;
using DrcTool.Core.Analysis.Parts;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Binding;

/// <summary>
/// How the M.2 socket is recognised: part patterns and the pad shape, from <c>rules/som-sockets.yaml</c>, plus any
/// patterns a config adds with <see cref="WithExtraPatterns"/>.
/// </summary>
public sealed class SocketRules
{
    private const string DefaultSource = "rules/som-sockets.yaml";
    private static readonly Lazy<SocketRules> DefaultLazy = new(() => Parse(RuleData.ReadText("som-sockets.yaml"), DefaultSource));

    private SocketRules(IReadOnlyList<SocketPattern> patterns, IReadOnlyList<Regex> holdDownPads, int minimumContacts,
        IReadOnlyList<(PartPattern Pattern, string Origin)>? configPatterns = null)
    {
        Patterns = patterns;
        HoldDownPads = holdDownPads;
        MinimumContacts = minimumContacts;
        ConfigPatterns = configPatterns ?? [];
    }

    public static SocketRules Default => DefaultLazy.Value;

    public IReadOnlyList<SocketPattern> Patterns { get; }
    /// <summary>drctool.yaml's <c>sockets:</c> patterns (several fields at once), tried before <see cref="Patterns"/>.</summary>
    public IReadOnlyList<(PartPattern Pattern, string Origin)> ConfigPatterns { get; }
    /// <summary>Pad names that are the socket's hold-down tabs (76/77 in Particle footprints, MP1/MP2 elsewhere).</summary>
    public IReadOnlyList<Regex> HoldDownPads { get; }
    /// <summary>How many of the 67 contacts a part's pads must cover to be taken by shape alone.</summary>
    public int MinimumContacts { get; }

    /// <summary>These rules with more patterns (from a drctool.yaml); the shipped patterns stay.</summary>
    public SocketRules WithExtraPatterns(IEnumerable<SocketPattern> extra)
    {
        var list = extra.ToList();
        return list.Count == 0 ? this : new SocketRules([.. Patterns, .. list], HoldDownPads, MinimumContacts, ConfigPatterns);
    }

    /// <summary>These rules with a config's socket patterns in front; <paramref name="origin"/> names the config file.</summary>
    public SocketRules WithConfigPatterns(IEnumerable<PartPattern> patterns, string origin)
    {
        var list = patterns.Select(p => (p, origin)).ToList();
        return list.Count == 0 ? this : new SocketRules(Patterns, HoldDownPads, MinimumContacts, [.. list, .. ConfigPatterns]);
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

    /// <summary>Reads the YAML (see rules/som-sockets.yaml for the layout).</summary>
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
        var minimum = 67;
        if (Child(root, "shape") is YamlMappingNode shape)
        {
            if (Child(shape, "holdDownPads") is { } pads)
            {
                foreach (var item in Scalars(pads))
                {
                    holdDown.Add(new Regex(item.Value ?? "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
                }
            }

            if (Child(shape, "minimumContacts") is YamlScalarNode min && !int.TryParse(min.Value, out minimum))
            {
                throw new FormatException($"{sourceName}:{min.Start.Line}: minimumContacts must be a number");
            }
        }

        return new SocketRules(patterns, holdDown, minimum);
    }

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
