using DrcTool.Core.Migration;
using DrcTool.Reporting.Excel;

namespace DrcTool.Reporting.Migration;

/// <summary><c>--report plan.xlsx</c>: a Plan sheet (one row per source pin), Board changes and Firmware sheets.</summary>
public static class MigrationWorkbook
{
    public static void Write(MigrationPlan plan, string file, Stream output)
    {
        var pins = new SheetTable("Plan", ["Source pin", "Net", "Uses", "Contact", "B-SoM pin", "Status", "Reason"], [12, 24, 20, 9, 12, 11, 90])
        {
            Title = $"{plan.SourceModule} to {plan.TargetModule} {plan.Variant}: {file}",
            PageHeader = file,
        };
        foreach (var row in MigrationRow.Of(plan))
        {
            var fill = row.Status switch
            {
                "lost" => CellFill.Error,
                "moved" => CellFill.Warning,
                "kept" => CellFill.Ok,
                _ => CellFill.Note,
            };
            pins.Add(row.SourcePin, row.Net, row.Uses, row.Contact is { } c ? XCell.Of(c) : XCell.Of("-"), row.TargetPin ?? "-", XCell.Of(row.Status, fill), XCell.Of(row.Reason, wrap: true));
        }

        WorkbookWriter.WriteTables([pins, Notes("Board changes", plan.BoardChanges, file), Notes("Firmware", plan.Firmware, file)], output);
    }

    private static SheetTable Notes(string name, IReadOnlyList<PlanNote> notes, string file)
    {
        var table = new SheetTable(name, ["Id", "What to do"], [18, 120]) { PageHeader = file };
        foreach (var note in notes)
        {
            table.Add(XCell.Bold(note.Id), XCell.Of(note.Message, wrap: true));
        }

        return table;
    }
}
