using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Csv;

/// <summary>Every finding of the run, one row each, with the columns of <see cref="FindingRow"/>. Byte-identical for the same run.</summary>
public sealed class FindingsCsvWriter : IReportWriter
{
    public void Write(ReportRun run, Stream output)
    {
        using var csv = new GuardedCsv(output);
        csv.Header(FindingRow.Headers);
        foreach (var row in FindingRow.From(run))
        {
            csv.Text(row.Design).Text(row.Rule).Text(row.Title).Text(row.SeverityText).Text(row.Message)
                .Text(row.SomPins).Text(row.Contacts).Text(row.Nets).Text(row.Parts).Text(row.File)
                .Number(row.Line).Number(row.Column).Text(row.FixHint).Text(row.HelpLink).Text(row.WaiverReason);
            csv.EndRecord();
        }
    }
}
