using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>Every design's rails: voltage, where it came from, and whether the board can cut it.</summary>
internal static class RailsSheet
{
    public static SheetTable Build(ReportRun run)
    {
        var table = new SheetTable(
            "Rails",
            ["Design", "Rail", "Volts", "Voltage from", "Can be cut", "Cut by"],
            [40, 24, 8, 50, 12, 50]);
        foreach (var design in run.Designs)
        {
            var file = ReportPaths.Relative(run.BaseDirectory, design.File);
            foreach (var rail in design.Rails)
            {
                table.Add(
                    file,
                    rail.Net,
                    XCell.Volts(rail.Volts),
                    rail.VoltageSource,
                    XCell.Of(rail.CanBeCut ? "yes" : "no", rail.CanBeCut ? CellFill.Warning : CellFill.None),
                    rail.CutReason ?? string.Empty);
            }
        }

        return table;
    }
}
