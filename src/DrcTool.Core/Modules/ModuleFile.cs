using DrcTool.Core.Config;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Core.Modules;

/// <summary>Reads one module folder: module.yaml (name, recognition, module-wide facts) and pinout.csv.</summary>
public static class ModuleFile
{
    private static readonly string[] Keys = ["name", "aliases", "generation", "mcu", "variants", "sources", "recognition", "interrupts", "pwm", "sharedBuses", "antennas"];

    /// <param name="id">The folder name, e.g. "boron".</param>
    /// <exception cref="ConfigException">module.yaml is malformed: file, line, column and what is wrong.</exception>
    /// <exception cref="FormatException">pinout.csv or a recognition pattern is malformed: file and line.</exception>
    public static ModuleDefinition Read(string id, string moduleYaml, string moduleSource, string pinoutCsv, string pinoutSource)
    {
        var nodes = new YamlNodes(moduleSource);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(moduleYaml));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new ConfigException(moduleSource, (int)ex.Start.Line, (int)ex.Start.Column, ex.Message, ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ConfigException(moduleSource, 1, 1, "empty module file: expected name, recognition, ...");
        }

        var root = nodes.Mapping(stream.Documents[0].RootNode, "the module file");
        string? name = null;
        IReadOnlyList<string> aliases = [], variants = [], sources = [];
        var generation = 0;
        var mcu = "";
        SocketRules? recognition = null;
        var maxInterrupts = 0;
        var pwm = PwmGroupMeaning.SharedFrequency;
        var sharedBuses = new List<IReadOnlyList<string>>();
        YamlMappingNode? antennas = null;
        foreach (var (key, _, value) in nodes.Entries(root, "the module file", Keys))
        {
            switch (key)
            {
                case "name": name = nodes.Scalar(value, "name"); break;
                case "aliases": aliases = nodes.Strings(value, "aliases"); break;
                case "generation": generation = (int)nodes.Number(value, "generation"); break;
                case "mcu": mcu = nodes.Scalar(value, "mcu"); break;
                case "variants": variants = nodes.Strings(value, "variants"); break;
                case "sources": sources = nodes.Strings(value, "sources"); break;
                case "sharedBuses":
                    foreach (var group in nodes.Sequence(value, "sharedBuses").Children)
                    {
                        var buses = nodes.Strings(group, "sharedBuses");
                        if (buses.Count < 2) throw nodes.Error(group, "each sharedBuses entry names two or more buses (the pinout's i2c/spi/uart peripherals)");
                        sharedBuses.Add(buses);
                    }

                    break;
                case "antennas": antennas = nodes.Mapping(value, "antennas"); break;
                case "recognition": recognition = SocketRules.FromNode(nodes.Mapping(value, "recognition"), moduleSource); break;
                case "interrupts":
                    foreach (var (_, _, limit) in nodes.Entries(nodes.Mapping(value, "interrupts"), "interrupts", "maxActive"))
                    {
                        maxInterrupts = (int)nodes.Number(limit, "interrupts.maxActive");
                    }

                    break;
                default:
                    foreach (var (_, _, group) in nodes.Entries(nodes.Mapping(value, "pwm"), "pwm", "group"))
                    {
                        pwm = nodes.Scalar(group, "pwm.group") switch
                        {
                            "shared-frequency" => PwmGroupMeaning.SharedFrequency,
                            "shared-channel" => PwmGroupMeaning.SharedChannel,
                            var other => throw nodes.Error(group, $"pwm.group must be shared-frequency or shared-channel, not '{other}'"),
                        };
                    }

                    break;
            }
        }

        if (name is null || recognition is null)
        {
            throw new ConfigException(moduleSource, 1, 1, "a module needs a name and a recognition section");
        }

        var pinout = SomPinout.Parse(pinoutCsv, pinoutSource, variants.Count > 0 ? variants[0] : null);
        var unknownVariant = pinout.Rows.SelectMany(p => p.Variants).FirstOrDefault(v => !variants.Contains(v, StringComparer.OrdinalIgnoreCase));
        if (unknownVariant is not null)
        {
            throw new FormatException($"{pinoutSource}: variant '{unknownVariant}' is not one of the module's variants ({string.Join(", ", variants)})");
        }

        var unknownBus = sharedBuses.SelectMany(b => b).FirstOrDefault(bus => !pinout.Pins.Any(p => p.Functions.Any(f => string.Equals(f.Peripheral, bus, StringComparison.OrdinalIgnoreCase))));
        if (unknownBus is not null)
        {
            throw new FormatException($"{moduleSource}: sharedBuses names '{unknownBus}', which no pin of {pinoutSource} has as a function's peripheral");
        }

        return new ModuleDefinition(id, name, aliases, generation, mcu, variants, sources, recognition, pinout, maxInterrupts, pwm) 
        {
            SharedBuses = sharedBuses,
            // After the variants: the antenna lists name them, in whatever order the file has the keys.
            Antennas = antennas is null ? ModuleAntennas.None : ModuleAntennas.FromNode(nodes, antennas, variants),
        };
    }
}
