using DrcTool.Core.Model;
using System.Text.RegularExpressions;
using DrcTool.Core.Config;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Analysis.Uses;

/// <summary>One piece of evidence: a pattern and the uses it implies.</summary>
public sealed record PinUsePattern(IReadOnlyList<PinUse> Uses, IReadOnlyList<Regex> Patterns, bool ReplacesPinNames = false)
{
    public bool Matches(string text) => text.Length > 0 && Patterns.Any(p => SafeMatch(p, text));

    private static bool SafeMatch(Regex regex, string text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}

/// <summary>The pin-use vocabulary's evidence, from rules/pin-uses.yaml (docs/pin-uses.md explains each kind).</summary>
public sealed record PinUseRules
{
    private const string Source = "rules/pin-uses.yaml";
    private static readonly Lazy<PinUseRules> DefaultLazy = new(() => Parse(RuleData.ReadText("pin-uses.yaml"), Source));

    public static PinUseRules Default => DefaultLazy.Value;

    /// <summary>Uses a wired pin has by its kind alone ("ground" → ground).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PinUse>> Kinds { get; private init; } = new Dictionary<string, IReadOnlyList<PinUse>>();
    /// <summary>Pin kinds whose use comes from what they are wired to.</summary>
    public IReadOnlySet<string> SignalKinds { get; private init; } = new HashSet<string>();
    public IReadOnlyList<PinUsePattern> PartPins { get; private init; } = [];
    public IReadOnlyList<PinUsePattern> PartValues { get; private init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<PinUse>> PartClasses { get; private init; } = new Dictionary<string, IReadOnlyList<PinUse>>();
    public IReadOnlyList<PinUsePattern> NetNames { get; private init; } = [];
    public IReadOnlyList<PinUse> DividerMidpoint { get; private init; } = [];
    public IReadOnlyList<PinUse> Fallback { get; private init; } = [];

    /// <exception cref="ConfigException">The file is malformed: file, line, column and what is wrong.</exception>
    public static PinUseRules Parse(string yaml, string file)
    {
        var nodes = new YamlNodes(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ConfigException(file, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message, ex);
        }

        var root = nodes.Mapping(stream.Documents[0].RootNode, "the pin-use file");
        var rules = new PinUseRules();
        foreach (var (key, _, value) in nodes.Entries(root, "the pin-use file",
                     "kinds", "signalKinds", "partPins", "partValues", "partClasses", "netNames", "dividerMidpoint", "fallback"))
        {
            rules = key switch
            {
                "kinds" => rules with { Kinds = UseMap(nodes, value, key) },
                "signalKinds" => rules with { SignalKinds = nodes.Strings(value, key).ToHashSet(StringComparer.OrdinalIgnoreCase) },
                "partPins" => rules with { PartPins = Patterns(nodes, value, key, "names") },
                "partValues" => rules with { PartValues = Patterns(nodes, value, key, "patterns") },
                "partClasses" => rules with { PartClasses = UseMap(nodes, value, key) },
                "netNames" => rules with { NetNames = Patterns(nodes, value, key, "patterns") },
                "dividerMidpoint" => rules with { DividerMidpoint = Uses(nodes, value, key) },
                _ => rules with { Fallback = Uses(nodes, value, key) },
            };
        }

        return rules;
    }

    private static Dictionary<string, IReadOnlyList<PinUse>> UseMap(YamlNodes nodes, YamlNode value, string what) =>
        nodes.Entries(nodes.Mapping(value, what), what).ToDictionary(e => e.Key, e => (IReadOnlyList<PinUse>)Uses(nodes, e.Value, $"{what}.{e.Key}"), StringComparer.OrdinalIgnoreCase);

    private static List<PinUse> Uses(YamlNodes nodes, YamlNode value, string what)
    {
        var uses = new List<PinUse>();
        foreach (var item in nodes.Sequence(value, what).Children)
        {
            var name = nodes.Scalar(item, what);
            uses.Add(PinUseNames.TryParse(name, out var use)
                ? use
                : throw nodes.Error(item, $"unknown pin use '{name}' in {what}; the vocabulary: {string.Join(", ", Enum.GetValues<PinUse>().Select(PinUseNames.Name))}"));
        }

        return uses;
    }

    private static List<PinUsePattern> Patterns(YamlNodes nodes, YamlNode value, string what, string listKey)
    {
        var result = new List<PinUsePattern>();
        foreach (var item in nodes.Sequence(value, what).Children)
        {
            IReadOnlyList<PinUse> uses = [];
            var patterns = new List<Regex>();
            var replaces = false;
            foreach (var (key, _, child) in nodes.Entries(nodes.Mapping(item, $"an entry of {what}"), what, "uses", listKey, "replacesPinNames"))
            {
                if (key == "uses") uses = Uses(nodes, child, $"{what}.uses");
                else if (key == "replacesPinNames") replaces = nodes.Boolean(child, $"{what}.replacesPinNames");
                else
                {
                    foreach (var pattern in nodes.Sequence(child, $"{what}.{listKey}").Children)
                    {
                        var text = nodes.Scalar(pattern, listKey);
                        try
                        {
                            patterns.Add(new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch));
                        }
                        catch (ArgumentException ex)
                        {
                            throw nodes.Error(pattern, $"invalid pattern '{text}': {ex.Message}");
                        }
                    }
                }
            }

            result.Add(new PinUsePattern(uses, patterns, replaces));
        }

        return result;
    }
}
