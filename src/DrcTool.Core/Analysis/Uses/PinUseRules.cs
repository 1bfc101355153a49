using DrcTool.Core.Model;
using System.Text.RegularExpressions;
using DrcTool.Core.Config;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Analysis.Uses;

/// <summary>One piece of evidence: a pattern and the uses it implies.</summary>
public sealed record PinUsePattern(IReadOnlyList<PinUse> Uses, IReadOnlyList<Regex> Patterns, bool ReplacesPinNames = false)
{
    /// <summary>For a part value: the part's pins it speaks for (a TB6612's PWMA, not its AIN1); empty for every pin.</summary>
    public IReadOnlyList<Regex> PinNames { get; init; } = [];

    /// <summary>The rule parameter (pwm.servo-hz) giving the PWM frequency this evidence needs; null when it needs none.</summary>
    public string? PwmHz { get; init; }

    public bool Matches(string text) => text.Length > 0 && Patterns.Any(p => SafeMatch(p, text));

    /// <summary>True when <see cref="PinNames"/> is empty or one of them matches the part pin's name.</summary>
    public bool CoversPin(string name) => PinNames.Count == 0 || PinNames.Any(p => SafeMatch(p, name));

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
    /// <summary>Part classes whose PWM needs a frequency, and the rule parameter that gives it (led → pwm.default-hz).</summary>
    public IReadOnlyDictionary<string, string> PartClassPwmHz { get; private init; } = new Dictionary<string, string>();
    public IReadOnlyList<PinUsePattern> NetNames { get; private init; } = [];
    public IReadOnlyList<PinUse> DividerMidpoint { get; private init; } = [];
    public IReadOnlyList<PinUse> Fallback { get; private init; } = [];
    /// <summary>The pin-function rules' roles: pad names in normal form by role ("i2c" → SDA, SCL, ...).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Roles { get; private init; } = new Dictionary<string, IReadOnlySet<string>>();
    /// <summary>The pin-function rules' name patterns by kind ("analogNet", "pwmNet", "toneNet", "analogPart").</summary>
    public IReadOnlyDictionary<string, PinUsePattern> RoleNames { get; private init; } = new Dictionary<string, PinUsePattern>();

    /// <summary>True when the role lists the pad name (in normal form); false for a role the file does not have.</summary>
    public bool HasRole(string role, string padName) => Roles.TryGetValue(role, out var names) && names.Contains(padName);

    /// <summary>True when one of the kind's patterns matches; false for a kind the file does not have.</summary>
    public bool NameSays(string kind, string text) => RoleNames.TryGetValue(kind, out var pattern) && pattern.Matches(text);

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
                     "kinds", "signalKinds", "partPins", "partValues", "partClasses", "partClassPwmHz", "netNames", "dividerMidpoint", "fallback", "roles", "roleNames"))
        {
            rules = key switch
            {
                "kinds" => rules with { Kinds = UseMap(nodes, value, key) },
                "signalKinds" => rules with { SignalKinds = nodes.Strings(value, key).ToHashSet(StringComparer.OrdinalIgnoreCase) },
                "partPins" => rules with { PartPins = Patterns(nodes, value, key, "names") },
                "partValues" => rules with { PartValues = Patterns(nodes, value, key, "patterns") },
                "partClasses" => rules with { PartClasses = UseMap(nodes, value, key) },
                "partClassPwmHz" => rules with
                {
                    PartClassPwmHz = nodes.Entries(nodes.Mapping(value, key), key)
                        .ToDictionary(e => e.Key, e => PwmParameter(nodes, e.Value, $"{key}.{e.Key}"), StringComparer.OrdinalIgnoreCase),
                },
                "netNames" => rules with { NetNames = Patterns(nodes, value, key, "patterns") },
                "dividerMidpoint" => rules with { DividerMidpoint = Uses(nodes, value, key) },
                "roles" => rules with { Roles = nodes.Entries(nodes.Mapping(value, key), key).ToDictionary(e => e.Key,
                    e => (IReadOnlySet<string>)nodes.Strings(e.Value, $"{key}.{e.Key}").ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal) },
                "roleNames" => rules with { RoleNames = nodes.Entries(nodes.Mapping(value, key), key).ToDictionary(e => e.Key,
                    e => new PinUsePattern([], nodes.Sequence(e.Value, $"{key}.{e.Key}").Children.Select(p => Pattern(nodes, p, $"{key}.{e.Key}")).ToList()), StringComparer.Ordinal) },
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
            var pins = new List<Regex>();
            string? pwmHz = null;
            // `pins` narrows a part-value entry to some of the part's pins; `pwmHz` names the frequency the use needs.
            string[] keys = listKey == "patterns" && what == "partValues"
                ? ["uses", listKey, "replacesPinNames", "pins", "pwmHz"]
                : ["uses", listKey, "replacesPinNames", "pwmHz"];
            foreach (var (key, _, child) in nodes.Entries(nodes.Mapping(item, $"an entry of {what}"), what, keys))
            {
                switch (key)
                {
                    case "uses": uses = Uses(nodes, child, $"{what}.uses"); break;
                    case "replacesPinNames": replaces = nodes.Boolean(child, $"{what}.replacesPinNames"); break;
                    case "pwmHz": pwmHz = PwmParameter(nodes, child, $"{what}.pwmHz"); break;
                    case "pins": pins.AddRange(Regexes(nodes, child, $"{what}.pins")); break;
                    default: patterns.AddRange(Regexes(nodes, child, $"{what}.{listKey}")); break;
                }
            }

            result.Add(new PinUsePattern(uses, patterns, replaces) { PinNames = pins, PwmHz = pwmHz });
        }

        return result;
    }

    private static List<Regex> Regexes(YamlNodes nodes, YamlNode value, string what) =>
        nodes.Sequence(value, what).Children.Select(p => Pattern(nodes, p, what)).ToList();

    /// <summary>A PWM frequency is a number of rules/rule-parameters.yaml, named here by its key (pwm.servo-hz).</summary>
    private static string PwmParameter(YamlNodes nodes, YamlNode value, string what)
    {
        var key = nodes.Scalar(value, what).Trim();
        return ParameterTable.Default.Contains(key) && key.EndsWith("-hz", StringComparison.Ordinal)
            ? key
            : throw nodes.Error(value, $"{what} must name a frequency in rules/rule-parameters.yaml (pwm.*-hz), not '{key}'");
    }

    private static Regex Pattern(YamlNodes nodes, YamlNode node, string what)
    {
        var text = nodes.Scalar(node, what);
        try
        {
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
        }
        catch (ArgumentException ex)
        {
            throw nodes.Error(node, $"invalid pattern '{text}': {ex.Message}");
        }
    }
}
