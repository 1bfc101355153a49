using System.Text.Json;
using DrcTool.Core.Checks;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Cli.Batch;

/// <summary>Writes the documented check JSON (Reporting/Json, docs/json-format.md) as a --report file: the same bytes as --format json.</summary>
internal sealed class CheckJsonReportWriter(IReadOnlyList<DesignOutcome> outcomes, RuleCatalog catalog, CheckJsonHeader? header = null) : IReportWriter
{
    public void Write(ReportRun run, Stream output)
    {
        using (var writer = new Utf8JsonWriter(output, JsonOutput.WriterOptions))
        {
            CheckReportJson.Write(writer, outcomes, catalog, header);
        }

        output.WriteByte((byte)'\n');
    }
}
