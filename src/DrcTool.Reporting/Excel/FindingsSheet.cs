using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Excel;

/// <summary>Every finding: rule, severity, message, SoM pins and contacts, nets, parts, file:line, fix hint, help link.</summary>
internal static class FindingsSheet
{
    public static SheetTable Build(ReportRun run)
    {
        var table = new SheetTable(
            "Findings",
            ["Design", "Rule", "Title", "Severity", "Message", "SoM pins", "Contacts", "Nets", "Parts", "Location", "Fix hint", "Help", "Waived because"],
            [40, 9, 30, 10, 80, 16, 10, 24, 30, 40, 60, 30, 40]);
        foreach (var design in run.Designs)
        {
            foreach (var finding in design.Findings)
            {
                var row = FindingRow.From(run, design, finding);
                var fill = CellFills.For(finding.Severity, finding.IsSuppressed);
                table.Add(
                    row.Design,
                    XCell.Of(row.Rule, fill),
                    row.Title,
                    XCell.Of(finding.IsSuppressed ? row.SeverityText + " (waived)" : row.SeverityText, fill),
                    XCell.Of(row.Message, wrap: true),
                    row.SomPins,
                    row.Contacts,
                    row.Nets,
                    row.Parts,
                    row.Location,
                    XCell.Of(row.FixHint, wrap: true),
                    XCell.Linked(row.HelpLink, run.FindRule(row.Rule) is { } rule ? HelpLinks.Absolute(run, rule) : null),
                    XCell.Of(row.WaiverReason, wrap: true));
            }
        }

        return table;
    }
}
