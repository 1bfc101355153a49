using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>One design's SoM contacts: SoM pin, net, rail and voltage, parts, and a status colour.</summary>
internal static class PinMapSheet
{
    public static SheetTable Build(ReportRun run, DesignReport design)
    {
        var stem = Path.GetFileName(design.File);
        var table = new SheetTable(
            "Pins " + stem,
            ["Contact", "SoM pin", "Net", "Rail", "Volts", "Parts", "Status", "Rules"],
            [10, 12, 30, 20, 8, 60, 14, 30]);
        foreach (var pin in design.PinMap)
        {
            var fill = CellFills.For(pin.Status);
            table.Add(
                XCell.Of(pin.Contact),
                pin.SomPin,
                pin.Net ?? string.Empty,
                pin.Rail ?? string.Empty,
                XCell.Volts(pin.Volts),
                XCell.Of(string.Join(", ", pin.Parts), wrap: true),
                XCell.Of(PinStatusText.Of(pin.Status), fill),
                string.Join(", ", pin.Rules));
        }

        return table;
    }
}
