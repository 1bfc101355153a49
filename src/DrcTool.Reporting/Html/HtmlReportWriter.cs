using System.Text;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Html;

/// <summary>
/// The HTML report (<c>--report x.html</c>): one self-contained file (inline CSS and SVG, no script, no remote
/// resource) with the run's overview first, then each board with its verdict, its module drawn with each contact
/// coloured by status, and its findings grouped by severity. The same run gives the same bytes.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public void Write(ReportRun run, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(Render(run));
    }

    public static string Render(ReportRun run)
    {
        var boards = HtmlBoard.Of(run);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(HtmlText.Escape(run.ToolName)).Append(' ').Append(HtmlText.Escape(run.ToolVersion)).Append("\">\n")
            .Append("<title>").Append(HtmlText.Escape(run.ToolName)).Append(" report: ").Append(Verdict(run)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Css).Append('\n');
        foreach (var board in boards)
        {
            BoardSection.AppendHighlightRules(html, board);
        }

        html.Append("</style>\n</head>\n<body>\n");
        RunOverview.Append(html, run, boards);
        html.Append("<main>\n");
        foreach (var board in boards)
        {
            BoardSection.Append(html, run, board);
        }

        html.Append("</main>\n<footer>Written by ").Append(HtmlText.Escape(run.ToolName)).Append(' ').Append(HtmlText.Escape(run.ToolVersion))
            .Append(". Click a contact to see its finding; click a finding's contact or “show on the picture” to mark it.</footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Verdict(ReportRun run) => run.ExitCode switch
    {
        0 => "pass",
        1 => "fail",
        _ => "unreadable input",
    };
}
