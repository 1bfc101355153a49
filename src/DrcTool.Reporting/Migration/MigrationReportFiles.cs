using System.Text;
using DrcTool.Core.Migration;
using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Migration;

/// <summary>
/// <c>drctool migrate --report PATH</c>: the format from the extension (.json, .md, .xlsx, .html), each written
/// atomically and never over the design it was made from.
/// </summary>
public static class MigrationReportFiles
{
    public const string Extensions = ".json, .md, .xlsx, .html";

    /// <summary>Null when every path has a known extension; else the usage message for the first that does not.</summary>
    public static string? Validate(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => FormatOf(p) is null) is { } bad
            ? $"--report {bad}: unknown report extension; use one of {Extensions}"
            : null;

    public static void Write(string path, MigrationPlan plan, string designFile)
    {
        var format = FormatOf(path) ?? throw new ReportWriteException(path, $"unknown report extension; use one of {Extensions}");
        AtomicFileWriter.Write(path, stream =>
        {
            switch (format)
            {
                case ReportFormat.Json:
                    WriteText(stream, MigrationJson.ToText(plan, designFile));
                    break;
                case ReportFormat.Markdown:
                    var markdown = new StringWriter { NewLine = "\n" };
                    MigrationMarkdown.Write(markdown, plan, designFile);
                    WriteText(stream, markdown.ToString());
                    break;
                case ReportFormat.Excel:
                    MigrationWorkbook.Write(plan, designFile, stream);
                    break;
                default:
                    WriteText(stream, MigrationHtml.ToText(plan, designFile));
                    break;
            }
        }, [designFile]);
    }

    private static ReportFormat? FormatOf(string path) =>
        ReportFormats.FromPath(path) is { } format && format is ReportFormat.Json or ReportFormat.Markdown or ReportFormat.Excel or ReportFormat.Html
            ? format
            : null;

    private static void WriteText(Stream stream, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        stream.Write(bytes);
    }
}
