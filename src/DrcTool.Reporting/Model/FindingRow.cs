using DrcTool.Core.Checks;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Model;

/// <summary>
/// A finding flattened to the columns the tabular reports (CSV, Excel) share, with paths already relative.
/// One place decides what each column holds, so the CSV and the workbook say the same thing.
/// </summary>
public sealed record FindingRow(
    string Design,
    string Rule,
    string Title,
    Severity Severity,
    string Message,
    string SomPins,
    string Contacts,
    string Nets,
    string Parts,
    string File,
    int Line,
    int Column,
    string FixHint,
    string HelpLink,
    string WaiverReason)
{
    public string SeverityText => Text.SeverityText.Of(Severity);

    public string Location => ReportPaths.FileLine(File, Line, Column);

    public static readonly string[] Headers =
    [
        "design", "rule", "title", "severity", "message", "som_pins", "contacts", "nets", "parts", "file", "line",
        "column", "fix_hint", "help_link", "waived_because",
    ];

    /// <summary>Every finding of the run in design order, then the checker's order within a design.</summary>
    public static IEnumerable<FindingRow> From(ReportRun run)
    {
        foreach (var design in run.Designs)
        {
            foreach (var finding in design.Findings)
            {
                yield return From(run, design, finding);
            }
        }
    }

    public static FindingRow From(ReportRun run, DesignReport design, Finding finding)
    {
        var rule = run.FindRule(finding.RuleId);
        var file = ReportPaths.Relative(run.BaseDirectory, finding.Location?.File is { Length: > 0 } f ? f : design.File);
        return new FindingRow(
            ReportPaths.Relative(run.BaseDirectory, design.File),
            finding.RuleId,
            rule?.Title ?? string.Empty,
            finding.Severity,
            finding.Message,
            string.Join("; ", finding.SomPins),
            string.Join("; ", finding.Contacts),
            string.Join("; ", finding.Nets),
            string.Join("; ", finding.Parts),
            file,
            finding.Location?.Line ?? 0,
            finding.Location?.Column ?? 0,
            finding.FixHint ?? string.Empty,
            rule is null ? string.Empty : HelpLinks.For(run, rule),
            finding.WaiverReason ?? string.Empty);
    }
}
