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
        IReadOnlyList<string> signalKinds = [];
        int? maxInterrupts = null;
        var defaultPwmHz = 500;
        var buses = new List<TargetBus>();
        var groups = new List<PwmGroup>();
        string? pmicBus = null, pmicInterrupt = null, ethernetBus = null;
        var pmicDevices = new List<FixedI2cDevice>();
        var ethernetPins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _, value) in nodes.Entries(target, "target",
                     "signal-kinds", "max-interrupts", "buses", "pwm-groups", "default-pwm-hz", "pmic", "ethernet"))
        {
            switch (key)
            {
                case "signal-kinds":
                    signalKinds = nodes.Strings(value, "signal-kinds");
                    break;
                case "max-interrupts":
                    maxInterrupts = Integer(nodes, value, "max-interrupts");
                    break;
                case "default-pwm-hz":
                    defaultPwmHz = Integer(nodes, value, "default-pwm-hz");
                    break;
                case "buses":
                    buses.AddRange(nodes.Sequence(value, "buses").Children.Select(b => ReadBus(nodes, b)));
                    break;
                case "pwm-groups":
                    groups.AddRange(nodes.Sequence(value, "pwm-groups").Children.Select(g => ReadGroup(nodes, g)));
                    break;
                case "pmic":
                    foreach (var (pmicKey, _, pmicValue) in nodes.Entries(nodes.Mapping(value, "pmic"), "pmic", "bus", "interrupt-pin", "devices"))
                    {
                        switch (pmicKey)
                        {
                            case "bus":
                                pmicBus = nodes.Scalar(pmicValue, "pmic.bus");
                                break;
                            case "interrupt-pin":
                                pmicInterrupt = nodes.Scalar(pmicValue, "pmic.interrupt-pin");
                                break;
                            default:
                                pmicDevices.AddRange(nodes.Sequence(pmicValue, "pmic.devices").Children.Select(d => ReadDevice(nodes, d)));
                                break;
                        }
                    }

                    break;
                default:
                    foreach (var (ethKey, _, ethValue) in nodes.Entries(nodes.Mapping(value, "ethernet"), "ethernet", "bus", "roles"))
                    {
                        if (ethKey == "bus")
                        {
                            ethernetBus = nodes.Scalar(ethValue, "ethernet.bus");
                        }
                        else
                        {
                            Fill(nodes, ethValue, "ethernet.roles", ethernetPins);
                        }
                    }

                    break;
            }
        }

        if (maxInterrupts is null || signalKinds.Count == 0)
        {
            throw nodes.Error(target, "target needs 'signal-kinds' and 'max-interrupts'");
        }

        return new MigrationRules
        {
            SignalKinds = signalKinds,
            MaxInterrupts = maxInterrupts.Value,
            DefaultPwmHz = defaultPwmHz,
            Buses = buses,
            PwmGroups = groups,
            PmicBus = pmicBus,
            PmicInterruptPin = pmicInterrupt,
            PmicDevices = pmicDevices,
            EthernetBus = ethernetBus,
            EthernetPins = ethernetPins,
            Replacements = replacements,
            NoEquivalent = noEquivalent,
        };
    }

    private static TargetBus ReadBus(YamlNodes nodes, YamlNode node)
    {
        string? name = null;
        BusKind? kind = null;
        var roles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var optional = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a bus"), "a bus", "name", "kind", "roles", "optional-roles"))
        {
            switch (key)
            {
                case "name":
                    name = nodes.Scalar(value, "bus name");
                    break;
                case "kind":
                    kind = BusKinds.TryParse(nodes.Scalar(value, "bus kind"), out var parsed)
                        ? parsed
                        : throw nodes.Error(value, "bus kind must be i2c, spi, uart or can");
                    break;
                case "roles":
                    Fill(nodes, value, "bus roles", roles);
                    break;
                default:
                    Fill(nodes, value, "bus optional-roles", optional);
                    break;
            }
        }

        if (name is null || kind is null || roles.Count == 0)
        {
            throw nodes.Error(node, "a bus needs 'name', 'kind' and 'roles'");
        }

        return new TargetBus(name, kind.Value, roles, optional);
    }

    private static PwmGroup ReadGroup(YamlNodes nodes, YamlNode node)
    {
        string? name = null;
        IReadOnlyList<string> pins = [];
        int? fixedHz = null;
        foreach (var (key, _, value) in nodes.Entries(nodes.Mapping(node, "a PWM group"), "a PWM group", "name", "pins", "fixed-hz"))
        {
            switch (key)
            {
                case "name":
                    name = nodes.Scalar(value, "PWM group name");
                    break;
                case "pins":
                    pins = nodes.Strings(value, "PWM group pins");
                    break;
                default:
                    fixedHz = Integer(nodes, value, "fixed-hz");
                    break;
            }
        }

        return name is not null && pins.Count > 0 ? new PwmGroup(name, pins, fixedHz) : throw nodes.Error(node, "a PWM group needs 'name' and 'pins'");
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
