using System.Globalization;
using System.Text.RegularExpressions;
using DrcTool.Core.Config;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Migration;

/// <summary>Reads rules/migration.yaml; a wrong key or value fails naming the file, line and column.</summary>
internal static class MigrationRulesReader
{
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
        YamlMappingNode? target = null;
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var noEquivalent = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var antennas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var counterparts = new Dictionary<string, (string To, string Message)>(StringComparer.OrdinalIgnoreCase);
        var boardChanges = new List<PlanNoteRule>();
        var firmware = new List<PlanNoteRule>();
        var addresses = new List<PartAddress>();
        Regex? ethernetPart = null;
        var ethernetPins = new Dictionary<string, Regex>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _, value) in nodes.Entries(root, "the migration rules",
                     "target", "replacements", "no-equivalent", "parts", "board-changes", "antennas", "firmware", "counterparts"))
        {
            switch (key)
            {
                case "target":
                    target = nodes.Mapping(value, "target");
                    break;
                case "replacements":
                    Fill(nodes, value, "replacements", replacements);
                    break;
                case "no-equivalent":
                    Fill(nodes, value, "no-equivalent", noEquivalent);
                    break;
                case "antennas":
                    Fill(nodes, value, "antennas", antennas);
                    break;
                case "counterparts":
                    foreach (var (pin, _, entry) in nodes.Entries(nodes.Mapping(value, "counterparts"), "counterparts"))
                    {
                        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                        Fill(nodes, entry, $"counterparts.{pin}", fields);
                        counterparts[pin] = fields.TryGetValue("to", out var to) && fields.TryGetValue("message", out var message)
                            ? (to, message)
                            : throw nodes.Error(entry, $"counterparts.{pin} needs 'to' and 'message'");
                    }

                    break;
                case "board-changes":
                    boardChanges.AddRange(nodes.Sequence(value, "board-changes").Children.Select(n => ReadNote(nodes, n)));
                    break;
                case "firmware":
                    firmware.AddRange(nodes.Sequence(value, "firmware").Children.Select(n => ReadNote(nodes, n)));
                    break;
                default:
                    ethernetPart = ReadParts(nodes, value, addresses, ethernetPins);
                    break;
            }
        }

        if (target is null)
        {
            throw nodes.Error(root, "the migration rules need a 'target' section");
        }

        return ReadTarget(nodes, target, replacements, noEquivalent) with
        {
            Antennas = antennas,
            Counterparts = counterparts,
            BoardChanges = boardChanges,
            Firmware = firmware,
            I2cAddressParts = addresses,
            EthernetPart = ethernetPart,
            EthernetPartPins = ethernetPins,
        };
    }

    private static PlanNoteRule ReadNote(YamlNodes nodes, YamlNode node)
    {
        string? id = null, when = null, message = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a note"), "a note", "id", "when", "message"))
        {
            var text = nodes.Scalar(value, key);
            switch (key)
            {
                case "id":
                    id = text;
                    break;
                case "when":
                    when = text;
                    break;
                default:
                    message = text;
                    break;
            }
        }

        return id is not null && when is not null && message is not null
            ? new PlanNoteRule(id, when, message)
            : throw nodes.Error(node, "a note needs 'id', 'when' and 'message'");
    }

    private static Regex? ReadParts(YamlNodes nodes, YamlNode node, List<PartAddress> addresses, Dictionary<string, Regex> ethernetPins)
    {
        Regex? ethernet = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "parts"), "parts", "i2c-addresses", "ethernet"))
        {
            if (key == "i2c-addresses")
            {
                foreach (var entry in nodes.Sequence(value, "i2c-addresses").Children)
                {
                    Regex? pattern = null;
                    int? address = null;
                    foreach (var (field, _, fieldValue) in nodes.Entries(nodes.Mapping(entry, "an I2C part"), "an I2C part", "pattern", "address"))
                    {
                        if (field == "pattern")
                        {
                            pattern = Pattern(nodes, fieldValue);
                        }
                        else
                        {
                            address = Integer(nodes, fieldValue, "address");
                        }
                    }

                    addresses.Add(pattern is not null && address is not null
                        ? new PartAddress(pattern, address.Value)
                        : throw nodes.Error(entry, "an I2C part needs 'pattern' and 'address'"));
                }

                continue;
            }

            foreach (var (field, _, fieldValue) in nodes.Entries(nodes.Mapping(value, "parts.ethernet"), "parts.ethernet", "pattern", "pins"))
            {
                if (field == "pattern")
                {
                    ethernet = Pattern(nodes, fieldValue);
                    continue;
                }

                foreach (var (role, _, pinPattern) in nodes.Entries(nodes.Mapping(fieldValue, "parts.ethernet.pins"), "parts.ethernet.pins"))
                {
                    ethernetPins[role] = new Regex("^(" + nodes.Scalar(pinPattern, role) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                }
            }
        }

        return ethernet;
    }

    private static Regex Pattern(YamlNodes nodes, YamlNode node)
    {
        var text = nodes.Scalar(node, "pattern");
        try
        {
            return new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            throw nodes.Error(node, $"'{text}' is not a regular expression: {ex.Message}");
        }
    }

    private static MigrationRules ReadTarget(
        YamlNodes nodes, YamlMappingNode target, Dictionary<string, string> replacements, Dictionary<string, string> noEquivalent)
    {
        IReadOnlyList<string> signalKinds = [], optionalRoles = [], chipSelectRoles = [];
        var pmicDevices = new List<FixedI2cDevice>();
        foreach (var (key, _, value) in nodes.Entries(target, "target",
                     "signal-kinds", "optional-roles", "chip-select-roles", "pmic-devices"))
        {
            switch (key)
            {
                case "signal-kinds":
                    signalKinds = nodes.Strings(value, "signal-kinds");
                    break;
                case "optional-roles":
                    optionalRoles = nodes.Strings(value, "optional-roles");
                    break;
                case "chip-select-roles":
                    chipSelectRoles = nodes.Strings(value, "chip-select-roles");
                    break;
                default:
                    pmicDevices.AddRange(nodes.Sequence(value, "pmic-devices").Children.Select(d => ReadDevice(nodes, d)));
                    break;
            }
        }

        if (signalKinds.Count == 0)
        {
            throw nodes.Error(target, "target needs 'signal-kinds'");
        }

        return new MigrationRules
        {
            SignalKinds = signalKinds,
            OptionalRoles = optionalRoles,
            ChipSelectRoles = chipSelectRoles,
            PmicDevices = pmicDevices,
            Replacements = replacements,
            NoEquivalent = noEquivalent,
        };
    }

    private static FixedI2cDevice ReadDevice(YamlNodes nodes, YamlNode node)
    {
        string? part = null;
        int? address = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a PMIC device"), "a PMIC device", "part", "address"))
        {
            if (key == "part")
            {
                part = nodes.Scalar(value, "part");
            }
            else
            {
                address = Integer(nodes, value, "address");
            }
        }

        return part is not null && address is not null ? new FixedI2cDevice(part, address.Value) : throw nodes.Error(node, "a PMIC device needs 'part' and 'address'");
    }

    private static void Fill(YamlNodes nodes, YamlNode node, string what, Dictionary<string, string> into)
    {
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, what), what))
        {
            into[key] = nodes.Scalar(value, $"{what}.{key}");
        }
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
