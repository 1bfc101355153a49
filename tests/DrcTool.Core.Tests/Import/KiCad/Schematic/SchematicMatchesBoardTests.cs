using DrcTool.Core.Import.KiCad.Schematic;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// The issue's acceptance test: each KiCad demo's schematic, read by DrcTool, connects the same pads as the board
/// KiCad laid out from it.
/// </summary>
public sealed class SchematicMatchesBoardTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Demos => new()
    {
        { "ecc83", "ecc83-pp.kicad_sch", "ecc83-pp.kicad_pcb" },
        { "ecc83", "ecc83-pp_v2.kicad_sch", "ecc83-pp_v2.kicad_pcb" },
        { "complex_hierarchy", "complex_hierarchy.kicad_sch", "complex_hierarchy.kicad_pcb" },
        { "interf_u", "interf_u.kicad_sch", "interf_u.kicad_pcb" },
        { "pic_programmer", "pic_programmer.kicad_sch", "pic_programmer.kicad_pcb" },
        { "stickhub", "StickHub.kicad_sch", "StickHub.kicad_pcb" },
    };

    [SharedTheory]
    [MemberData(nameof(Demos))]
    public void Schematic_connectivity_equals_the_boards_pad_nets(string folder, string schematicFile, string boardFile)
    {
        var schematicPath = RepoPaths.SharedFile("kicad-demos", folder, schematicFile);
        var design = new KiCadSchematicReader().Read(schematicPath, File.ReadAllBytes(schematicPath));
        var board = BoardPadNets.Read(RepoPaths.SharedFile("kicad-demos", folder, boardFile));

        var comparison = ConnectivityComparison.Compare(design, board);

        output.WriteLine($"{schematicFile}: {design.Components.Count} parts, {design.Nets.Count} nets; compared {comparison.ComparedPads} pads in {comparison.ComparedNets} board nets");
        output.WriteLine($"parts only in the schematic (left out): {string.Join(' ', comparison.OnlyInSchematic)}");
        output.WriteLine($"parts only on the board (left out): {string.Join(' ', comparison.OnlyOnBoard)}");
        output.WriteLine($"pads only on one side (left out): {string.Join(", ", comparison.PadsOnlyOnOneSide)}");
        foreach (var mismatch in comparison.Mismatches)
        {
            output.WriteLine("MISMATCH " + mismatch);
        }

        comparison.ComparedNets.ShouldBeGreaterThan(5);
        comparison.Mismatches.ShouldBeEmpty();
    }

    /// <summary>KiCad named the board's nets from the schematic, so each net DrcTool names must carry the board's name.</summary>
    [SharedTheory]
    [MemberData(nameof(Demos))]
    public void Net_names_are_the_ones_KiCad_chose(string folder, string schematicFile, string boardFile)
    {
        var schematicPath = RepoPaths.SharedFile("kicad-demos", folder, schematicFile);
        var design = new KiCadSchematicReader().Read(schematicPath, File.ReadAllBytes(schematicPath));
        var board = BoardPadNets.Read(RepoPaths.SharedFile("kicad-demos", folder, boardFile));

        var differing = new List<string>();
        foreach (var net in design.Nets)
        {
            var onBoard = net.Nodes.Select(n => board.PadNet.GetValueOrDefault(n)).FirstOrDefault(n => n is not null);
            if (onBoard is not null && onBoard != net.Name)
            {
                differing.Add($"{net.Name} is {onBoard} on the board ({net.Nodes[0]})");
            }
        }

        differing.ForEach(output.WriteLine);
        design.Nets.Count.ShouldBeGreaterThan(5);
        differing.ShouldBeEmpty();
    }
}
