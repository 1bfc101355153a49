using System.Globalization;
using System.Text.RegularExpressions;
using DrcTool.Core.Model;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Config;

/// <summary>
/// Reads rules/migration.yaml, and a drctool.yaml's `migration:` section laid over it: a named entry (a replacement,
/// a pin with no equivalent, a counterpart, an Ethernet pin role) replaces the shipped one of that name or
/// adds one; a board change or firmware note replaces the shipped one with its `id` and `when` or adds one; I2C parts
/// go in front of the shipped ones; a list under `target` replaces the shipped list. A wrong key or value fails naming
/// the file, line and column.
/// </summary>
internal static class MigrationRulesReader
{
    private static readonly MigrationRules Empty = new() { SignalKinds = [] };

    /// <summary>The shipped file: every section from scratch; `target` and its `signal-kinds` are required.</summary>
    public static MigrationRules Parse(string yaml, string file)
    {
        var nodes = new YamlNodes(file);
        var stream = new YamlStream();
        using (var reader = new StringReader(yaml))
        {
            try
            {
                stream.Load(reader);
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                throw new ConfigException(file, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message);
            }
        }

        var root = nodes.Mapping(stream.Documents[0].RootNode, "the migration rules");
        var rules = Read(nodes, root, Empty, "the migration rules");
        return rules.SignalKinds.Count > 0 ? rules : throw nodes.Error(root, "the migration rules need target.signal-kinds");
    }

    /// <summary>A drctool.yaml's `migration:` section, the same keys as rules/migration.yaml, over <paramref name="under"/>.</summary>
    public static MigrationRules Overlay(YamlNodes nodes, YamlNode section, MigrationRules under) =>
        Read(nodes, nodes.Mapping(section, "migration"), under, "migration");

    private static MigrationRules Read(YamlNodes nodes, YamlMappingNode root, MigrationRules under, string what)
    {
        var rules = under;
        foreach (var (key, _, value) in nodes.Entries(root, what,
                     "target", "replacements", "no-equivalent", "parts", "board-changes", "firmware", "counterparts"))
        {
            rules = key switch
            {
                "target" => ReadTarget(nodes, nodes.Mapping(value, "target"), rules),
                "replacements" => rules with { Replacements = Merge(rules.Replacements, Strings(nodes, value, key)) },
                "no-equivalent" => rules with { NoEquivalent = Merge(rules.NoEquivalent, Strings(nodes, value, key)) },
                "counterparts" => rules with { Counterparts = Merge(rules.Counterparts, Counterparts(nodes, value)) },
                "board-changes" => rules with { BoardChanges = MergeNotes(rules.BoardChanges, nodes.Sequence(value, key).Children.Select(n => ReadNote(nodes, n))) },
                "firmware" => rules with { Firmware = MergeNotes(rules.Firmware, nodes.Sequence(value, key).Children.Select(n => ReadNote(nodes, n))) },
                _ => ReadParts(nodes, value, rules),
            };
        }

        return rules;
    }

    private static Dictionary<string, T> Merge<T>(IReadOnlyDictionary<string, T> under, IReadOnlyDictionary<string, T> over)
    {
        var merged = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in under) merged[key] = value;
        foreach (var (key, value) in over) merged[key] = value;
        return merged;
    }

    /// <summary>A note with the `id` and `when` of one already there takes its place; any other is added at the end.</summary>
    private static List<PlanNoteRule> MergeNotes(IReadOnlyList<PlanNoteRule> under, IEnumerable<PlanNoteRule> over)
    {
        var merged = under.ToList();
        foreach (var note in over)
        {
            var at = merged.FindIndex(n => n.Id == note.Id && string.Equals(n.When, note.When, StringComparison.OrdinalIgnoreCase));
            if (at >= 0) merged[at] = note;
            else merged.Add(note);
        }

        return merged;
    }

    private static Dictionary<string, (string To, string Message)> Counterparts(YamlNodes nodes, YamlNode value)
    {
        var counterparts = new Dictionary<string, (string To, string Message)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (pin, _, entry) in nodes.Entries(nodes.Mapping(value, "counterparts"), "counterparts"))
        {
            var fields = Strings(nodes, entry, $"counterparts.{pin}");
            counterparts[pin] = fields.TryGetValue("to", out var to) && fields.TryGetValue("message", out var message)
                ? (to, message)
                : throw nodes.Error(entry, $"counterparts.{pin} needs 'to' and 'message'");
        }

        return counterparts;
    }

    private static PlanNoteRule ReadNote(YamlNodes nodes, YamlNode node)
    {
        string? id = null, when = null, message = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a note"), "a note", "id", "when", "message"))
        {
            var text = nodes.Scalar(value, key);
            switch (key)
            {
                case "id": id = text; break;
                case "when": when = text; break;
                default: message = text; break;
            }
        }

        return id is not null && when is not null && message is not null
            ? new PlanNoteRule(id, when, message)
            : throw nodes.Error(node, "a note needs 'id', 'when' and 'message'");
    }

    private static MigrationRules ReadParts(YamlNodes nodes, YamlNode node, MigrationRules rules)
    {
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "parts"), "parts", "i2c-addresses", "ethernet"))
        {
            if (key == "i2c-addresses")
            {
                var added = nodes.Sequence(value, key).Children.Select(entry => ReadAddress(nodes, entry)).ToList();
                rules = rules with { I2cAddressParts = [.. added, .. rules.I2cAddressParts] };
                continue;
            }

            var pins = new Dictionary<string, Regex>(StringComparer.OrdinalIgnoreCase);
            foreach (var (field, _, fieldValue) in nodes.Entries(nodes.Mapping(value, "parts.ethernet"), "parts.ethernet", "pattern", "pins"))
            {
                if (field == "pattern")
                {
                    rules = rules with { EthernetPart = Pattern(nodes, fieldValue) };
                    continue;
                }

                foreach (var (role, _, pinPattern) in nodes.Entries(nodes.Mapping(fieldValue, "parts.ethernet.pins"), "parts.ethernet.pins"))
                {
                    pins[role] = new Regex("^(" + nodes.Scalar(pinPattern, role) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
                }
            }

            rules = rules with { EthernetPartPins = Merge(rules.EthernetPartPins, pins) };
        }

        return rules;
    }

    private static PartAddress ReadAddress(YamlNodes nodes, YamlNode entry)
    {
        Regex? pattern = null;
        int? address = null;
        foreach (var (field, _, value) in nodes.Entries(nodes.Mapping(entry, "an I2C part"), "an I2C part", "pattern", "address"))
        {
            if (field == "pattern") pattern = Pattern(nodes, value);
            else address = Integer(nodes, value, "address");
        }

        return pattern is not null && address is not null
            ? new PartAddress(pattern, address.Value)
            : throw nodes.Error(entry, "an I2C part needs 'pattern' and 'address'");
    }

    private static Regex Pattern(YamlNodes nodes, YamlNode node)
    {
        var text = nodes.Scalar(node, "pattern");
        try
        {
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
        }
        catch (ArgumentException ex)
        {
            throw nodes.Error(node, $"'{text}' is not a regular expression: {ex.Message}");
        }
    }

    /// <summary>`target`: each list given replaces the one under it.</summary>
    private static MigrationRules ReadTarget(YamlNodes nodes, YamlMappingNode target, MigrationRules rules)
    {
        foreach (var (key, _, value) in nodes.Entries(target, "target", "signal-kinds", "optional-roles", "chip-select-roles", "pmic-devices"))
        {
            rules = key switch
            {
                "signal-kinds" => rules with
                {
                    SignalKinds = nodes.Strings(value, key) is { Count: > 0 } kinds ? kinds : throw nodes.Error(value, "signal-kinds needs at least one contact kind"),
                },
                "optional-roles" => rules with { OptionalRoles = nodes.Strings(value, key) },
                "chip-select-roles" => rules with { ChipSelectRoles = nodes.Strings(value, key) },
                _ => rules with { PmicDevices = nodes.Sequence(value, key).Children.Select(d => ReadDevice(nodes, d)).ToList() },
            };
        }

        return rules;
    }

    private static FixedI2cDevice ReadDevice(YamlNodes nodes, YamlNode node)
    {
        string? part = null;
        int? address = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a PMIC device"), "a PMIC device", "part", "address"))
        {
            if (key == "part") part = nodes.Scalar(value, "part");
            else address = Integer(nodes, value, "address");
        }

        return part is not null && address is not null ? new FixedI2cDevice(part, address.Value) : throw nodes.Error(node, "a PMIC device needs 'part' and 'address'");
    }

    private static Dictionary<string, string> Strings(YamlNodes nodes, YamlNode node, string what)
    {
        var into = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, what), what))
        {
            into[key] = nodes.Scalar(value, $"{what}.{key}");
        }

        return into;
    }

    /// <summary>A whole number, decimal or 0x hex (I2C addresses are written in hex, as the datasheets do).</summary>
    private static int Integer(YamlNodes nodes, YamlNode node, string what)
    {
        var text = nodes.Scalar(node, what).Trim();
        var ok = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? int.TryParse(text[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        return ok ? value : throw nodes.Error(node, $"{what} must be a whole number, not '{text}'");
    }
}
