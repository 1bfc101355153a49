using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Core.Import.KiCad.Schematic;
using DrcTool.Core.Model;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// The sample base boards with the SoM, drawn as KiCad schematics from their netlist exports: reading the schematic
/// must give the same parts, nets and findings as reading the netlist.
/// </summary>
public sealed class SampleBoardSchematicTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> SampleNetlists()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.SampleBoards, "*.net", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.SampleBoards, file).Replace('\\', '/'));
        }

        return data;
    }

    private (Design FromNetlist, Design FromSchematic) ReadBoth(string relative)
    {
        var netlist = DesignLoader.Default.Load(Path.Combine(RepoPaths.SampleBoards, relative));
        var schematicPath = _folder.Write(Path.GetFileNameWithoutExtension(relative) + ".kicad_sch", SchematicWriter.Write(netlist));
        return (netlist, DesignLoader.Default.Load(schematicPath));
    }

    [Fact]
    public void The_reference_board_is_among_the_samples()
    {
        File.Exists(Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net")).ShouldBeTrue();
        Directory.GetFiles(RepoPaths.SampleBoards, "*.net", SearchOption.AllDirectories).ShouldNotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(SampleNetlists))]
    public void The_schematic_gives_the_netlists_parts_and_nets(string relative)
    {
        var (netlist, schematic) = ReadBoth(relative);

        schematic.Format.ShouldBe(DesignFormat.KiCadSchematic);
        // A wired "no connect" pin is drawn passive (SchematicWriter.ConnectablePins), or KiCad would leave it unwired.
        Describe(schematic.Components).ShouldBe(Describe(netlist.Components, netlist));
        Describe(schematic.Nets).ShouldBe(Describe(netlist.Nets));
    }

    [Theory]
    [MemberData(nameof(SampleNetlists))]
    public void The_schematic_gives_the_netlists_pin_map_and_findings(string relative)
    {
        var (netlist, schematic) = ReadBoth(relative);

        var fromNetlist = DesignChecker.Check(netlist, CheckOptions.Default);
        var fromSchematic = DesignChecker.Check(schematic, CheckOptions.Default);

        // DRC001's sample has no socket; the module carriers (sample-boards/modules/) have every pin of their module.
        PinMap(fromNetlist).Count.ShouldBeGreaterThanOrEqualTo(fromNetlist.Binding is not { } bound ? 0 : bound.Module.IsBSom ? 67 : bound.Module.Pinout.Pins.Count);
        PinMap(fromSchematic).ShouldBe(PinMap(fromNetlist));
        Describe(fromNetlist.Findings).ForEach(output.WriteLine);
        Describe(fromSchematic.Findings).ShouldBe(Describe(fromNetlist.Findings));
    }

    [Fact]
    public void A_broken_variant_drawn_as_a_schematic_gives_the_netlists_findings()
    {
        // SIM_VCC (contact 67) wired to ground: a board that breaks the "leave SIM pins open" rule.
        var netlist = WithPadOn(DesignLoader.Default.Load(Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net")), "J1", "67", "GND");
        var schematicPath = _folder.Write("sim-vcc-grounded.kicad_sch", SchematicWriter.Write(netlist));
        var schematic = DesignLoader.Default.Load(schematicPath);

        var fromNetlist = Describe(DesignChecker.Check(netlist, CheckOptions.Default).Findings);
        var fromSchematic = Describe(DesignChecker.Check(schematic, CheckOptions.Default).Findings);

        fromNetlist.ForEach(output.WriteLine);
        fromNetlist.ShouldContain(f => f.Contains("contacts 67", StringComparison.Ordinal));
        fromSchematic.ShouldBe(fromNetlist);
    }

    /// <summary>The design with one pad moved onto the named net (off whatever net it was on).</summary>
    private static Design WithPadOn(Design design, string reference, string pad, string netName)
    {
        var node = new NetNode(reference, pad);
        var nets = design.Nets
            .Select(n => new Net(n.Name, [.. n.Nodes.Where(x => x != node).Concat(n.Name == netName ? [node] : [])], n.Location))
            .Where(n => n.Nodes.Count > 0)
            .ToList();
        return new Design(design.SourceFile, design.Format, design.Components, nets);
    }

    private static List<string> PinMap(CheckResult result) =>
        result.Binding?.Contacts.Select(c => $"{c.Contact} {c.Pin.Name} pad {c.Pad} symbol {c.SymbolPinName} net {c.Net?.Name}").ToList() ?? [];

    private static List<string> Describe(IEnumerable<Component> parts, Design? drawnFrom = null) =>
        parts.OrderBy(c => c.Reference, NaturalComparer.Instance)
            .Select(c => $"{c.Reference} {c.Value} {c.Footprint} {c.Library}:{c.Symbol} fitted={c.Fitted} pins={string.Join(',', (drawnFrom is null ? c.Pins : SchematicWriter.ConnectablePins(drawnFrom, c)).Select(p => $"{p.Number}/{p.Name}/{p.Type}"))}")
            .ToList();

    /// <summary>Nets of two pads or more, or named by the user: a lone pad on KiCad's "unconnected-(...)" is unconnected.</summary>
    private static List<string> Describe(IEnumerable<Net> nets) =>
        nets.Where(n => n.Nodes.Count > 1 || !n.Name.StartsWith("unconnected-", StringComparison.Ordinal))
            .Select(n => $"{n.Name}: {string.Join(' ', n.Nodes.Order())}")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Everything a finding says except where in which file, which differs between the two inputs.</summary>
    private static List<string> Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message} | pins {string.Join(',', f.SomPins)} | contacts {string.Join(',', f.Contacts)} | nets {string.Join(',', f.Nets)} | parts {string.Join(',', f.Parts)} | path {string.Join(" > ", f.Path)}")
            .ToList();
}
