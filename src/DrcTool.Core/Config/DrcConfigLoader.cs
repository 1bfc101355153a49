using DrcTool.Core.Model;
using System.Text.RegularExpressions;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks;
using DrcTool.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Config;

/// <summary>
/// Reads drctool.yaml (docs/config.md). Every mistake is a <see cref="ConfigException"/> naming the file, line and
/// column: YAML syntax errors, unknown keys, wrong types, unknown variants, classes or severities, bad regular
/// expressions or selectors, and waivers without a reason.
/// </summary>
public static class DrcConfigLoader
{
    private const long MaxBytes = 4 * 1024 * 1024;

    private static readonly string[] TopKeys =
        ["som", "module", "variant", "prefer", "rails", "open", "parts", "regulators", "sockets", "severity", "fail-on", "waivers", "parameters", "antennas", "migration"];

    public static DrcConfig Load(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new ConfigException(path, 0, 0, "config file not found");
        }

        if (info.Length > MaxBytes)
        {
            throw new ConfigException(path, 1, 1, $"config file is {info.Length} bytes; a drctool.yaml over {MaxBytes} bytes is not a config");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static DrcConfig Parse(string yaml, string file)
    {
        var nodes = new YamlNodes(file);
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ConfigException(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {Innermost(e).Message}", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return DrcConfig.Default with { SourceFile = file };
        }

        if (stream.Documents.Count > 1)
        {
            throw nodes.Error(stream.Documents[1].RootNode, "drctool.yaml holds one YAML document, not several");
        }

        var root = nodes.Mapping(stream.Documents[0].RootNode, "drctool.yaml");
        var config = DrcConfig.Default with { SourceFile = file };
        foreach (var (key, _, value) in nodes.Entries(root, "drctool.yaml", TopKeys))
        {
            config = key switch
            {
                "som" => ReadSom(nodes, value, config),
                "module" => ReadModule(nodes, value, config),
                "variant" => config with { Variant = ReadVariant(nodes, value) },
                "prefer" => config with { Prefer = ReadPrefer(nodes, value) },
                "rails" => config with { Rails = ReadRails(nodes, value) },
                "open" => config with { OpenParts = nodes.Strings(value, "open") },
                "parts" => config with { PartPatterns = ReadParts(nodes, value) },
                "regulators" => config with { Regulators = ReadRegulators(nodes, value) },
                "sockets" => config with { SocketPatterns = nodes.Sequence(value, "sockets").Children.Select(c => ReadPattern(nodes, nodes.Mapping(c, "a socket pattern"), "a socket pattern")).ToList() },
                "severity" => config with { SeverityOverrides = ReadSeverities(nodes, value) },
                "fail-on" => config with { FailOn = ReadSeverity(nodes, value, "fail-on") ?? throw nodes.Error(value, "fail-on must be error, warning or note") },
                "waivers" => config with { Waivers = ReadWaivers(nodes, value) },
                "parameters" => config with { ParameterOverrides = ReadParameters(nodes, value) },
                // The B-SoM's antenna lists (rules/modules/b-som/module.yaml), a variant's replaced as a whole.
                "antennas" => config with { Antennas = ModuleAntennas.FromNode(nodes, nodes.Mapping(value, "antennas"), Enum.GetNames<SomVariant>()) },
                "migration" => config with { MigrationOverride = MigrationRulesReader.Overlay(nodes, value, MigrationRules.Default) },
                _ => config,
            };
        }

        return config;
    }

    private static DrcConfig ReadSom(YamlNodes nodes, YamlNode value, DrcConfig config)
    {
        foreach (var (key, _, item) in nodes.Entries(nodes.Mapping(value, "som"), "som", "reference", "variant"))
        {
            config = key == "reference"
                ? config with { SomReference = nodes.Scalar(item, "som.reference").Trim() }
                : config with { Variant = ReadVariant(nodes, item) };
        }

        return config;
    }

    /// <summary>
    /// <c>module: required</c> (a board with no known module is an error), <c>module: optional</c> (the default: a note),
    /// <c>module: Boron</c> or <c>module: P1</c> (like --module), or a mapping with <c>name</c>/<c>reference</c> and <c>required</c>.
    /// </summary>
    private static DrcConfig ReadModule(YamlNodes nodes, YamlNode value, DrcConfig config)
    {
        if (value is YamlScalarNode)
        {
            var text = nodes.Scalar(value, "module").Trim();
            return text.ToLowerInvariant() switch
            {
                "required" => config with { ModuleRequired = true },
                "optional" => config with { ModuleRequired = false },
                "" => throw nodes.Error(value, "module must be required, optional, a module name or a part reference"),
                _ => config with { Module = text },
            };
        }

        foreach (var (key, _, item) in nodes.Entries(nodes.Mapping(value, "module"), "module", "name", "reference", "required"))
        {
            config = key == "required"
                ? config with { ModuleRequired = nodes.Boolean(item, "module.required") }
                : config with { Module = nodes.Scalar(item, $"module.{key}").Trim() };
        }

        return config;
    }

    private static SomVariant ReadVariant(YamlNodes nodes, YamlNode value)
    {
        var text = nodes.Scalar(value, "variant").Trim();
        return Enum.TryParse<SomVariant>(text, ignoreCase: true, out var variant) && Enum.IsDefined(variant) && !text.All(char.IsAsciiDigit)
            ? variant
            : throw nodes.Error(value, $"unknown SoM variant '{text}'; one of {string.Join(", ", Enum.GetNames<SomVariant>())}");
    }

    private static string ReadPrefer(YamlNodes nodes, YamlNode value)
    {
        var text = nodes.Scalar(value, "prefer").Trim().ToLowerInvariant();
        return text is "schematic" or "board" ? text : throw nodes.Error(value, "prefer must be schematic or board");
    }

    private static IReadOnlyList<RailSetting> ReadRails(YamlNodes nodes, YamlNode value)
    {
        var rails = new List<RailSetting>();
        foreach (var item in nodes.Sequence(value, "rails").Children)
        {
            string? net = null;
            double? volts = null;
            bool? cuttable = null;
            string? reason = null;
            foreach (var (key, _, field) in nodes.Entries(nodes.Mapping(item, "a rail"), "a rail", "net", "volts", "cuttable", "switched", "reason"))
            {
                switch (key)
                {
                    case "net": net = nodes.Scalar(field, "rail net"); break;
                    case "volts": volts = nodes.Number(field, "rail volts"); break;
                    case "cuttable" or "switched": cuttable = nodes.Boolean(field, key); break;
                    default: reason = nodes.Scalar(field, "reason"); break;
                }
            }

            if (string.IsNullOrWhiteSpace(net))
            {
                throw nodes.Error(item, "a rail needs net: (the net name or a glob)");
            }

            if (volts is null && cuttable is null)
            {
                throw nodes.Error(item, $"rail '{net}' says nothing: give volts:, cuttable:, or both");
            }

            rails.Add(new RailSetting(net.Trim(), volts, cuttable, reason, nodes.Location(item)));
        }

        return rails;
    }

    private static IReadOnlyList<PartClassRule> ReadParts(YamlNodes nodes, YamlNode value)
    {
        var rules = new List<PartClassRule>();
        foreach (var item in nodes.Sequence(value, "parts").Children)
        {
            var mapping = nodes.Mapping(item, "a part pattern");
            PartClass? partClass = null;
            double? output = null;
            var patterns = new List<PartPattern>();
            var fields = new YamlMappingNode();
            foreach (var (key, keyNode, field) in nodes.Entries(mapping, "a part pattern", "class", "output", "patterns", "ref", "value", "footprint", "library", "symbol", "any"))
            {
                switch (key)
                {
                    case "class":
                        var name = nodes.Scalar(field, "class");
                        partClass = PartClassNames.TryParse(name, out var parsed)
                            ? parsed
                            : throw nodes.Error(field, $"unknown part class '{name}'; one of {string.Join(", ", PartClassNames.All.Order(StringComparer.Ordinal))}");
                        break;
                    case "output":
                        output = nodes.Number(field, "output");
                        break;
                    case "patterns":
                        patterns.AddRange(nodes.Sequence(field, "patterns").Children.Select(c => ReadPattern(nodes, nodes.Mapping(c, "a pattern"), "a pattern")));
                        break;
                    default:
                        fields.Add(keyNode, field);
                        break;
                }
            }

            if (partClass is null)
            {
                throw nodes.Error(item, "a part pattern needs class: (e.g. regulator, pmic, resistor)");
            }

            if (fields.Children.Count > 0)
            {
                patterns.Insert(0, ReadPattern(nodes, fields, "a part pattern", item));
            }

            if (patterns.Count == 0)
            {
                throw nodes.Error(item, $"the {partClass.Value.ToKebab()} entry has no pattern: give ref:, value:, footprint:, library:, symbol: or any:");
            }

            rules.Add(new PartClassRule(partClass.Value, patterns, $"{nodes.File}:{item.Start.Line}", output));
        }

        return rules;
    }

    private static PartPattern ReadPattern(YamlNodes nodes, YamlMappingNode mapping, string what, YamlNode? at = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, field) in nodes.Entries(mapping, what, "ref", "value", "footprint", "library", "symbol", "any"))
        {
            var pattern = nodes.Scalar(field, key);
            try
            {
                _ = new Regex(pattern, RegexOptions.None, PatternTimeout.PerMatch);
            }
            catch (ArgumentException e)
            {
                throw nodes.Error(field, $"{key} is not a valid regular expression: {e.Message}");
            }

            values[key] = pattern;
        }

        if (values.Count == 0)
        {
            throw nodes.Error(at ?? mapping, $"{what} needs at least one of ref, value, footprint, library, symbol, any");
        }

        return new PartPattern(values.GetValueOrDefault("ref"), values.GetValueOrDefault("value"), values.GetValueOrDefault("footprint"),
            values.GetValueOrDefault("library"), values.GetValueOrDefault("symbol"), values.GetValueOrDefault("any"));
    }

    private static IReadOnlyList<RegulatorSpec> ReadRegulators(YamlNodes nodes, YamlNode value)
    {
        var specs = new List<RegulatorSpec>();
        foreach (var item in nodes.Sequence(value, "regulators").Children)
        {
            string? match = null;
            double? output = null;
            double? vref = null;
            YamlNode? matchNode = null;
            foreach (var (key, _, field) in nodes.Entries(nodes.Mapping(item, "a regulator"), "a regulator", "match", "output", "vref"))
            {
                switch (key)
                {
                    case "match": match = nodes.Scalar(field, "match"); matchNode = field; break;
                    case "output": output = nodes.Number(field, "output"); break;
                    default: vref = nodes.Number(field, "vref"); break;
                }
            }

            if (match is null)
            {
                throw nodes.Error(item, "a regulator needs match: (a regular expression on its part number)");
            }

            Regex regex;
            try
            {
                regex = new Regex(match, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.PerMatch);
            }
            catch (ArgumentException e)
            {
                throw nodes.Error(matchNode!, $"match is not a valid regular expression: {e.Message}");
            }

            if (output is null && vref is null && !regex.GetGroupNames().Contains("v"))
            {
                throw nodes.Error(item, "a regulator needs output:, vref:, or a (?<v>..) group in match: giving tenths of a volt");
            }

            specs.Add(new RegulatorSpec(regex, output, vref, $"{nodes.File}:{item.Start.Line}"));
        }

        return specs;
    }

    private static IReadOnlyDictionary<string, Severity?> ReadSeverities(YamlNodes nodes, YamlNode value)
    {
        var map = new SortedDictionary<string, Severity?>(StringComparer.Ordinal);
        foreach (var (key, keyNode, field) in nodes.Entries(nodes.Mapping(value, "severity"), "severity"))
        {
            if (!Regex.IsMatch(key, "^DRC[0-9]{3}$"))
            {
                throw nodes.Error(keyNode, $"'{key}' is not a rule ID; rule IDs are DRC and three digits (drctool rules lists them)");
            }

            map[key] = ReadSeverity(nodes, field, $"severity of {key}");
        }

        return map;
    }

    /// <summary>error / warning / note, or off / none (null) to turn a rule off.</summary>
    private static Severity? ReadSeverity(YamlNodes nodes, YamlNode value, string what) =>
        nodes.Scalar(value, what).Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" or "warn" => Severity.Warning,
            "note" or "info" => Severity.Note,
            "off" or "none" or "false" => null,
            var other => throw nodes.Error(value, $"{what} must be error, warning, note or off, not '{other}'"),
        };

    private static IReadOnlyList<Waiver> ReadWaivers(YamlNodes nodes, YamlNode value)
    {
        var waivers = new List<Waiver>();
        foreach (var item in nodes.Sequence(value, "waivers").Children)
        {
            string? rule = null;
            string? reason = null;
            Selector? target = null;
            foreach (var (key, _, field) in nodes.Entries(nodes.Mapping(item, "a waiver"), "a waiver", "rule", "reason", "target", "net", "part", "contact", "pin"))
            {
                switch (key)
                {
                    case "rule": rule = nodes.Scalar(field, "rule").Trim(); break;
                    case "reason": reason = nodes.Scalar(field, "reason"); break;
                    default:
                        if (target is not null)
                        {
                            throw nodes.Error(field, "a waiver names one target: one of target, net, part, contact, pin");
                        }

                        var text = nodes.Scalar(field, key);
                        try
                        {
                            target = Selector.Parse(key == "target" ? text : $"{key}:{text}");
                        }
                        catch (FormatException e)
                        {
                            throw nodes.Error(field, e.Message);
                        }

                        break;
                }
            }

            if (rule is null || !Regex.IsMatch(rule, @"^(DRC[0-9*?]{1,3}|\*)$"))
            {
                throw nodes.Error(item, rule is null ? "a waiver needs rule: (e.g. DRC015)" : $"'{rule}' is not a rule ID (DRC and three digits; globs allowed)");
            }

            if (target is null)
            {
                throw nodes.Error(item, "a waiver needs a target: net:, part: (REF or REF.PAD), contact: or pin: — never coordinates or UUIDs");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                throw nodes.Error(item, $"the waiver for {rule} on {target} needs reason: (why the finding is acceptable)");
            }

            waivers.Add(new Waiver(rule, target, reason.Trim(), nodes.Location(item)));
        }

        return waivers;
    }

    private static IReadOnlyDictionary<string, (double Value, string Source)> ReadParameters(YamlNodes nodes, YamlNode value)
    {
        var overrides = new SortedDictionary<string, (double Value, string Source)>(StringComparer.Ordinal);
        foreach (var (group, _, names) in nodes.Entries(nodes.Mapping(value, "parameters"), "parameters"))
        {
            foreach (var (name, nameNode, number) in nodes.Entries(nodes.Mapping(names, $"parameters.{group}"), $"parameters.{group}"))
            {
                var key = $"{group}.{name}";
                if (!ParameterTable.Default.Contains(key))
                {
                    throw nodes.Error(nameNode, $"unknown rule parameter '{key}'; known: {string.Join(", ", ParameterTable.Default.Keys)}");
                }

                var location = nodes.Location(number);
                overrides[key] = (nodes.Number(number, key), $"{location.File}:{location.Line}:{location.Column}");
            }
        }

        return overrides;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
