using DrcTool.Core.Migration;

namespace DrcTool.Reporting.Migration;

/// <summary>The terminal form of a plan: a table (source pin → net → uses → B-SoM pin → status, reason), then notes.</summary>
public static class MigrationText
{
    public static void Write(TextWriter output, MigrationPlan plan, string file)
    {
        output.WriteLine($"{file}: {plan.SourceModule}{(plan.SourceReference is null ? "" : $" ({plan.SourceReference})")} -> {plan.TargetModule} {plan.Variant}");
        var rows = MigrationRow.Of(plan).ToList();
        string[] headers = ["Source pin", "Net", "Uses", "B-SoM pin", "Status"];
        var cells = rows.Select(r => new[] { r.SourcePin, r.Net, r.Uses, r.TargetText, r.Status }).ToList();
        var widths = headers.Select((h, i) => Math.Min(28, Math.Max(h.Length, cells.Select(c => c[i].Length).DefaultIfEmpty(0).Max()))).ToArray();
        output.WriteLine(Line(headers, widths) + "  Reason");
        for (var i = 0; i < rows.Count; i++)
        {
            output.WriteLine(Line(cells[i], widths) + "  " + rows[i].Reason);
        }

        if (plan.FiveVoltPins.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"5 V tolerance lost: {string.Join(", ", plan.FiveVoltPins.Select(p => p.Pin.Name))}");
        }

        WriteNotes(output, "Board changes", plan.BoardChanges);
        WriteNotes(output, "Firmware", plan.Firmware);
        output.WriteLine();
        var lost = plan.Pins.Count(p => p.Status == PlacementStatus.Lost);
        output.WriteLine(lost == 0
            ? $"Every used function has a B-SoM pin ({plan.Pins.Count} source pins)."
            : $"{lost} of {plan.Pins.Count} source pins cannot be placed: see their reasons.");
    }

    private static string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => (c.Length > widths[i] ? c[..(widths[i] - 1)] + "~" : c).PadRight(widths[i])));

    private static void WriteNotes(TextWriter output, string title, IReadOnlyList<PlanNote> notes)
    {
        if (notes.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var note in notes)
        {
            output.WriteLine($"  [{note.Id}] {note.Message}");
        }
    }
}
