using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>An Eagle schematic and its board are kept consistent by Eagle itself: both readers must give one picture.</summary>
public sealed class EagleSchematicBoardAgreementTests(ITestOutputHelper output)
{
    [SharedTheory]
    [MemberData(nameof(EagleTestFiles.Names), MemberType = typeof(EagleTestFiles))]
    public void Schematic_and_board_have_the_same_components_values_and_packages(string board)
    {
        var schematic = EagleTestFiles.Load(board + ".sch");
        var layout = EagleTestFiles.Load(board + ".brd");
        // Pad-less artwork placed in the board alone (Carrier Board's OSHW logo U$2) has no schematic part.
        var fromSchematic = schematic.Components.Select(c => $"{c.Reference}|{c.Value}|{c.Footprint}|{c.Fitted}").Order().ToList();
        var fromBoard = layout.Components.Where(c => c.Pins.Count > 0 || schematic.FindComponent(c.Reference) is not null)
            .Select(c => $"{c.Reference}|{c.Value}|{c.Footprint}|{c.Fitted}").Order().ToList();
        output.WriteLine("only sch: " + string.Join(", ", fromSchematic.Except(fromBoard)));
        output.WriteLine("only brd: " + string.Join(", ", fromBoard.Except(fromSchematic)));
        fromSchematic.ShouldBe(fromBoard);
    }

    [SharedTheory]
    [MemberData(nameof(EagleTestFiles.Names), MemberType = typeof(EagleTestFiles))]
    public void Schematic_and_board_have_the_same_connectivity(string board)
    {
        var schematic = EagleTestFiles.Load(board + ".sch");
        var layout = EagleTestFiles.Load(board + ".brd");
        var fromSchematic = EagleTestFiles.Partition(schematic, _ => true);
        var fromBoard = EagleTestFiles.Partition(layout, _ => true);
        var difference = EagleTestFiles.Difference(fromSchematic, "sch", fromBoard, "brd");
        output.WriteLine(difference);
        fromSchematic.SetEquals(fromBoard).ShouldBeTrue(difference);
    }
}
