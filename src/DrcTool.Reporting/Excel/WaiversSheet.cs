using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>Waivers that matched no finding: stale entries in drctool.yaml that should be removed or fixed.</summary>
internal static class WaiversSheet
{
    public static SheetTable Build(ReportRun run)
    {
        var table = new SheetTable("Unmatched waivers", ["Rule", "Net or part.pin", "Reason", "Config file"], [10, 30, 60, 40]);
        foreach (var waiver in run.UnmatchedWaivers)
        {
            table.Add(
                XCell.Of(waiver.Rule, CellFill.Warning),
                waiver.Target,
                XCell.Of(waiver.Reason, wrap: true),
                waiver.ConfigFile is null ? string.Empty : ReportPaths.Relative(run.BaseDirectory, waiver.ConfigFile));
        }

        return table;
    }
}
