using DrcTool.Core.Migration;

namespace DrcTool.Reporting.Migration;

/// <summary><c>--report plan.md</c>: the plan as a Markdown page (pins table, 5 V, board changes, firmware).</summary>
public static class MigrationMarkdown
{
    public static void Write(TextWriter output, MigrationPlan plan, string file)
    {
        output.WriteLine($"# Migration plan: {Escape(plan.SourceModule)} to {plan.TargetModule} {plan.Variant}");
        output.WriteLine();
        output.WriteLine($"Design `{file}`, source module {Escape(plan.SourceModule)}{(plan.SourceReference is null ? "" : $" ({Escape(plan.SourceReference)})")}.");
        output.WriteLine(plan.PlacesEverything ? "Every used function has a B-SoM pin." : "Some pins cannot be placed: see their reasons.");
        output.WriteLine();
        output.WriteLine("| Source pin | Net | Uses | B-SoM pin | Status | Reason |");
        output.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var row in MigrationRow.Of(plan))
        {
            output.WriteLine($"| {Escape(row.SourcePin)} | {Escape(row.Net)} | {row.Uses} | {Escape(row.TargetText)} | {row.Status} | {Escape(row.Reason)} |");
        }

        if (plan.FiveVoltPins.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("## 5 V tolerance lost");
            output.WriteLine();
            foreach (var pin in plan.FiveVoltPins)
            {
                output.WriteLine($"- {Escape(pin.Pin.Name)} ({Escape(pin.Pin.Net)}): {pin.Pin.MaxVolts:0.0#} V today");
            }
        }

        Notes(output, "Board changes", plan.BoardChanges);
        Notes(output, "Firmware", plan.Firmware);
    }

    private static void Notes(TextWriter output, string title, IReadOnlyList<PlanNote> notes)
    {
        output.WriteLine();
        output.WriteLine($"## {title}");
        output.WriteLine();
        foreach (var note in notes)
        {
            output.WriteLine($"- **{note.Id}**: {Escape(note.Message)}");
        }
    }

    /// <summary>Design text cannot break the table or inject markup.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
