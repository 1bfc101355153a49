using System.Text;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.Core.Tests.Import.KiCad;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// The files the mutation harness starts from, by format: small designs the project writes itself (so the harness
/// runs without ../shared), plus every real design in ../shared when it is there.
/// </summary>
internal static class MutationSeeds
{
    public sealed record Seed(string Name, string Extension, byte[] Bytes);

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Seed>>> ByFormat = new(Collect);

    /// <summary>The format names the harness runs, one test case each.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["kicad_pcb", "net", "kicad_sch", "eagle_sch", "eagle_brd"];

    public static IReadOnlyList<Seed> For(string format) =>
        ByFormat.Value.TryGetValue(format, out var seeds) ? seeds : [];

    /// <summary>A little of every format's text, to splice one format's head onto another's tail.</summary>
    public static string[] OtherFormatsText { get; } =
    [
        KiCadBoardSamples.KiCad8,
        KiCadNetlistSamples.VersionE,
        KiCadNetlistSamples.VersionD,
        ProjectSamples.EagleSchematic,
        ProjectSamples.EagleBoard,
        ProjectSamples.KiCadSchematic,
    ];

    private static IReadOnlyDictionary<string, IReadOnlyList<Seed>> Collect()
    {
        var seeds = new Dictionary<string, List<Seed>>();
        void Add(string format, Seed seed)
        {
            if (!seeds.TryGetValue(format, out var list)) seeds[format] = list = [];
            list.Add(seed);
        }

        Add("kicad_pcb", Own("sample-kicad6", ".kicad_pcb", KiCadBoardSamples.KiCad6));
        Add("kicad_pcb", Own("sample-kicad8", ".kicad_pcb", KiCadBoardSamples.KiCad8));
        Add("kicad_pcb", Own("sample-net-names-only", ".kicad_pcb", KiCadBoardSamples.NetNamesOnly));
        Add("kicad_pcb", Own("sample-kicad5", ".kicad_pcb", KiCadBoardSamples.KiCad5));
        Add("net", Own("sample-version-e", ".net", KiCadNetlistSamples.VersionE));
        Add("net", Own("sample-version-d", ".net", KiCadNetlistSamples.VersionD));
        Add("kicad_sch", Own("sample-schematic", ".kicad_sch", ProjectSamples.KiCadSchematic));
        Add("eagle_sch", Own("sample-eagle", ".sch", ProjectSamples.EagleSchematic));
        Add("eagle_brd", Own("sample-eagle", ".brd", ProjectSamples.EagleBoard));

        // The project's own sample boards (reference board and rule samples) are seeds wherever the tests run.
        IEnumerable<string> samples = Directory.Exists(RepoPaths.SampleBoards)
            ? Directory.GetFiles(RepoPaths.SampleBoards, "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith(".yaml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];
        IEnumerable<string> shared = RepoPaths.SharedAvailable ? SharedFiles() : [];
        foreach (var file in samples.Concat(shared))
        {
            var bytes = File.ReadAllBytes(file);
            var name = file.StartsWith(RepoPaths.Root, StringComparison.Ordinal)
                ? Path.GetRelativePath(RepoPaths.Root, file)
                : Path.GetRelativePath(RepoPaths.Shared, file);
            var extension = Path.GetExtension(file);
            switch (FormatSniffer.Detect(bytes))
            {
                case DesignFormat.KiCadNetlist:
                    Add("net", new Seed(name, extension, bytes));
                    break;
                case DesignFormat.KiCadBoard:
                    Add("kicad_pcb", new Seed(name, extension, bytes));
                    // No netlist export is in ../shared: a real board's connectivity, written as one, stands in.
                    if (NetlistOf(file, bytes) is { } netlist) Add("net", new Seed(name + " as .net", ".net", netlist));
                    break;
                case DesignFormat.KiCadSchematic:
                    Add("kicad_sch", new Seed(name, extension, bytes));
                    break;
                case DesignFormat.EagleSchematic:
                    Add("eagle_sch", new Seed(name, extension, bytes));
                    break;
                case DesignFormat.EagleBoard:
                    Add("eagle_brd", new Seed(name, extension, bytes));
                    break;
            }
        }

        return seeds.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Seed>)pair.Value);
    }

    private static Seed Own(string name, string extension, string text) => new(name, extension, Encoding.UTF8.GetBytes(text));

    private static IEnumerable<string> SharedFiles()
    {
        string[] patterns = ["*.kicad_pcb", "*.kicad_sch", "*.sch", "*.brd", "*.net"];
        return patterns
            .SelectMany(pattern => Directory.GetFiles(RepoPaths.SharedFile("boards"), pattern, SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(RepoPaths.SharedFile("kicad-demos"), pattern, SearchOption.AllDirectories)))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>A version E netlist export of the board's connectivity, in KiCad's own layout.</summary>
    private static byte[]? NetlistOf(string path, byte[] board)
    {
        Design design;
        try
        {
            design = DesignLoader.Default.Load(path, board);
        }
        catch (DesignReadException)
        {
            return null;
        }

        var text = new StringBuilder("(export (version \"E\")\n  (design (source \"").Append(Escape(path)).Append("\") (tool \"Eeschema 8.0.0\"))\n  (components");
        foreach (var component in design.Components)
        {
            text.Append("\n    (comp (ref \"").Append(Escape(component.Reference)).Append("\")\n      (value \"").Append(Escape(component.Value))
                .Append("\")\n      (footprint \"").Append(Escape(component.Footprint)).Append("\")\n      (libsource (lib \"").Append(Escape(component.Library))
                .Append("\") (part \"").Append(Escape(component.Symbol)).Append("\") (description \"\")))");
        }

        text.Append(")\n  (nets");
        var code = 0;
        foreach (var net in design.Nets)
        {
            text.Append("\n    (net (code \"").Append(++code).Append("\") (name \"").Append(Escape(net.Name)).Append("\")");
            foreach (var node in net.Nodes)
            {
                var pin = design.FindComponent(node.Reference)?.FindPin(node.Pin);
                text.Append("\n      (node (ref \"").Append(Escape(node.Reference)).Append("\") (pin \"").Append(Escape(node.Pin)).Append("\")");
                if (pin is { Name.Length: > 0 }) text.Append(" (pinfunction \"").Append(Escape(pin.Name)).Append("\")");
                text.Append(" (pintype \"passive\"))");
            }

            text.Append(')');
        }

        text.Append("))\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");
}
