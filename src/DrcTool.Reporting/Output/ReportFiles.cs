using DrcTool.Reporting.Csv;
using DrcTool.Reporting.Excel;
using DrcTool.Reporting.Html;
using DrcTool.Reporting.JUnit;
using DrcTool.Reporting.Markdown;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Sarif;

namespace DrcTool.Reporting.Output;

/// <summary>Writes every <c>--report PATH</c> of a run, each atomically, choosing the writer from the extension.</summary>
public sealed class ReportFiles
{
    private readonly IReadOnlyDictionary<ReportFormat, IReportWriter> _writers;

    /// <param name="json">The documented JSON writer (Reporting/Json); null where it is not available.</param>
    public ReportFiles(IReportWriter? json = null)
    {
        var writers = new Dictionary<ReportFormat, IReportWriter>
        {
            [ReportFormat.Excel] = new WorkbookWriter(),
            [ReportFormat.Csv] = new FindingsCsvWriter(),
            [ReportFormat.PinMapCsv] = new PinMapCsvWriter(),
            [ReportFormat.Sarif] = new SarifWriter(),
            [ReportFormat.JUnit] = new JUnitWriter(),
            [ReportFormat.Markdown] = new MarkdownSummaryWriter(),
            [ReportFormat.Html] = new HtmlReportWriter(),
        };
        if (json is not null)
        {
            writers[ReportFormat.Json] = json;
        }

        _writers = writers;
    }

    /// <summary>The first report path whose extension names no format, as a usage error; null when all are fine.</summary>
    public string? Validate(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var format = ReportFormats.FromPath(path);
            if (format is null || !_writers.ContainsKey(format.Value))
            {
                return $"--report {path}: unknown report format; the extension picks it: {ReportFormats.Extensions}";
            }
        }

        return null;
    }

    /// <summary>Writes the reports and returns the files written (a .csv also writes its .pins.csv).</summary>
    public IReadOnlyList<string> Write(ReportRun run, IEnumerable<string> paths, IReadOnlyCollection<string> inputs)
    {
        var written = new List<string>();
        foreach (var path in paths)
        {
            var format = ReportFormats.FromPath(path) ?? throw new ReportWriteException(path, "unknown report format");
            if (!_writers.TryGetValue(format, out var writer))
            {
                throw new ReportWriteException(path, $"the {format} format is not available in this build");
            }

            AtomicFileWriter.Write(path, stream => writer.Write(run, stream), inputs);
            written.Add(path);
            if (format == ReportFormat.Csv)
            {
                var pins = ReportFormats.PinMapPathBeside(path);
                AtomicFileWriter.Write(pins, stream => _writers[ReportFormat.PinMapCsv].Write(run, stream), inputs);
                written.Add(pins);
            }
        }

        return written;
    }
}
