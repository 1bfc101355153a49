using System.Globalization;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// Every board's rails, one row per board: each rail with its voltage; where a voltage came from other than the net's
/// own name (a regulator's output, a divider); and the rails a load switch or regulator enable can cut (the ones that
/// can back-feed the SoM's GPIO), each in a column of its own.
/// </summary>
internal static class RailsSheet
{
    public static SheetTable Build(WorkbookLayout layout)
    {
        var run = layout.Run;
        var table = new SheetTable(
            layout.SheetName(WorkbookLayout.Rails),
            ["Board", "Rails", "Voltage from (other than the net name)", "Can be cut (by)"],
            [28, 50, 50, 40])
        {
            PageHeader = "Rails per board",
        };
        foreach (var design in run.Designs.Where(d => d.Rails.Count > 0))
        {
            var derived = design.Rails.Where(r => !r.VoltageSource.StartsWith("name '", StringComparison.Ordinal) && !r.VoltageSource.StartsWith("net name '", StringComparison.Ordinal)).ToList();
            var cut = design.Rails.Where(r => r.CanBeCut).ToList();
            table.Add(
                XCell.Jump(layout.Boards.Of(design), layout.PinSheetAnchor(design)),
                XCell.Of(string.Join(", ", design.Rails.Select(r => $"{r.Net} {Volts(r.Volts)}")), wrap: true),
                XCell.Of(string.Join("; ", derived.Select(r => $"{r.Net}: {r.VoltageSource}")), wrap: true),
                XCell.Of(string.Join("; ", cut.Select(r => $"{r.Net} ({r.CutReason})")), cut.Count > 0 ? CellFill.Warning : CellFill.None, wrap: true));
        }

        return table;
    }

    private static string Volts(double volts) => volts.ToString("0.0#", CultureInfo.InvariantCulture) + " V";
}
