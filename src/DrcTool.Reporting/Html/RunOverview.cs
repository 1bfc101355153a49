using System.Globalization;
using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Html;

/// <summary>
/// The top of the page, for the reader who has 30 seconds: the run's verdict, totals by severity, and one row per
/// board (failing ones first) with the rules that make it fail, each linking to the board's section.
/// </summary>
internal static class RunOverview
{
    public static void Append(StringBuilder html, ReportRun run, IReadOnlyList<HtmlBoard> boards)
    {
        var failed = boards.Count(b => b.Verdict == DesignVerdict.Fail);
        var unreadable = boards.Count(b => b.Verdict == DesignVerdict.Unreadable);
        var passed = boards.Count - failed - unreadable;
        html.Append("<header class=\"run\">\n<h1>").Append(HtmlText.Escape(run.ToolName)).Append(" report</h1>\n");
        html.Append("<p class=\"meta\">").Append(HtmlText.Escape(run.ToolName)).Append(' ').Append(HtmlText.Escape(run.ToolVersion))
            .Append(" · ").Append(HtmlText.Plural(boards.Count, "board"))
            .Append(" · boards fail on ").Append(SeverityText.Of(run.FailLevel)).Append(run.FailLevel == Severity.Error ? "s" : "s and above");
        AppendRunFacts(html, run);
        html.Append("</p>\n");

        var (verdictClass, verdict) = unreadable > 0 && failed == 0 ? ("unreadable", "UNREADABLE INPUT")
            : failed > 0 ? ("fail", "FAIL")
            : ("pass", "PASS");
        html.Append("<div class=\"verdict ").Append(verdictClass).Append("\">").Append(verdict).Append(": ")
            .Append(passed).Append(" passed, ").Append(failed).Append(" failed, ").Append(unreadable).Append(" unreadable</div>\n");

        html.Append("<ul class=\"totals\">");
        AppendTotal(html, "error", run.Designs.Sum(d => d.Count(Severity.Error)), "error");
        AppendTotal(html, "warning", run.Designs.Sum(d => d.Count(Severity.Warning)), "warning");
        AppendTotal(html, "note", run.Designs.Sum(d => d.Count(Severity.Note)), "note");
        AppendTotal(html, "waived", run.Designs.Sum(d => d.SuppressedCount), "waived finding");
        html.Append("</ul>\n");

        html.Append("<table class=\"boards\">\n<thead><tr><th>Result</th><th>Board</th><th>Module</th><th>Errors</th><th>Warnings</th>")
            .Append("<th>Notes</th><th>Why</th></tr></thead>\n<tbody>\n");
        foreach (var board in boards)
        {
            AppendRow(html, run, board);
        }

        html.Append("</tbody>\n</table>\n");
        AppendUnmatchedWaivers(html, run);
        html.Append("</header>\n");
    }

    /// <summary>When (only if the run records it: the page stays byte-identical otherwise), how, and with which configuration.</summary>
    private static void AppendRunFacts(StringBuilder html, ReportRun run)
    {
        if (run.Timestamp is { } at)
        {
            html.Append(" · ").Append(at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        }

        if (run.CommandLine is { Length: > 0 } command)
        {
            html.Append("<br><code>").Append(HtmlText.Escape(command)).Append("</code>");
        }

        if (run.ConfigFiles.Count > 0)
        {
            html.Append("<br>configuration: ")
                .Append(string.Join(", ", run.ConfigFiles.Select(f => "<code>" + HtmlText.Escape(ReportPaths.Relative(run.BaseDirectory, f)) + "</code>")));
        }
    }

    private static void AppendTotal(StringBuilder html, string cssClass, int count, string word) =>
        html.Append("<li class=\"").Append(cssClass).Append("\"><b>").Append(count).Append("</b> ")
            .Append(count == 1 ? word : word + "s").Append("</li>");

    private static void AppendRow(StringBuilder html, ReportRun run, HtmlBoard board)
    {
        var design = board.Design;
        html.Append("<tr class=\"").Append(board.VerdictClass).Append("\"><td><span class=\"badge ").Append(board.VerdictClass).Append("\">")
            .Append(board.VerdictClass).Append("</span></td><td class=\"board-name\"><a href=\"#").Append(board.Id).Append("\" title=\"").Append(HtmlText.Escape(board.File)).Append("\">");
        AppendFileName(html, board.ShortName);
        html.Append("</a></td><td class=\"module\">").Append(HtmlText.Escape(ModuleText(design))).Append("</td>");
        AppendCount(html, design.Count(Severity.Error), "error");
        AppendCount(html, design.Count(Severity.Warning), "warning");
        AppendCount(html, design.Count(Severity.Note), "note");
        html.Append("<td class=\"why\">").Append(Why(run, board)).Append("</td></tr>\n");
    }

    private static void AppendCount(StringBuilder html, int count, string cssClass) =>
        html.Append("<td class=\"n").Append(count > 0 ? " " + cssClass : string.Empty).Append("\">").Append(count).Append("</td>");

    /// <summary>
    /// Why a board fails, as HTML: each failing rule once, with its title and how often, linking to its first finding;
    /// for a board that passes, its warnings the same way (greyed); the read error when unreadable.
    /// </summary>
    private static string Why(ReportRun run, HtmlBoard board)
    {
        if (board.Design.Error is { } error)
        {
            return HtmlText.Escape(error.Message);
        }

        var failing = board.Design.Failing(run.FailLevel).ToList();
        var (findings, cssClass) = failing.Count > 0
            ? (failing, "failing")
            : (board.Design.Findings.Where(f => !f.IsSuppressed && f.Severity == Severity.Warning).ToList(), "minor");
        var why = new StringBuilder();
        foreach (var group in findings.GroupBy(f => f.RuleId, StringComparer.Ordinal))
        {
            why.Append(why.Length > 0 ? "<br>" : string.Empty).Append("<span class=\"").Append(cssClass).Append("\"><a href=\"#")
                .Append(board.FindingId(group.First())).Append("\"><code>").Append(HtmlText.Escape(group.Key)).Append("</code></a> ")
                .Append(HtmlText.Escape(run.FindRule(group.Key)?.Title ?? string.Empty));
            if (group.Count() > 1)
            {
                why.Append(" ×").Append(group.Count());
            }

            why.Append("</span>");
        }

        return why.ToString();
    }

    /// <summary>"B-Series SoM B404X (J1)": the module, the variant checked for and the part's reference; empty when no module was found.</summary>
    public static string ModuleText(DesignReport design)
    {
        var words = new[] { design.ModuleName, design.Variant, design.SocketReference is { } r ? $"({r})" : null };
        return design.ModuleName is null ? string.Empty : string.Join(" ", words.Where(w => !string.IsNullOrEmpty(w)));
    }

    /// <summary>The file name in bold, its folder before it in grey: boards are told apart by name first.</summary>
    public static void AppendFileName(StringBuilder html, string file)
    {
        var slash = file.LastIndexOf('/');
        if (slash >= 0)
        {
            html.Append("<span class=\"folder\">").Append(HtmlText.Escape(file[..(slash + 1)])).Append("</span>");
        }

        html.Append("<b>").Append(HtmlText.Escape(file[(slash + 1)..])).Append("</b>");
    }

    private static void AppendUnmatchedWaivers(StringBuilder html, ReportRun run)
    {
        if (run.UnmatchedWaivers.Count == 0)
        {
            return;
        }

        html.Append("<h3>Waivers that matched nothing</h3>\n<ul class=\"unmatched\">\n");
        foreach (var waiver in run.UnmatchedWaivers)
        {
            html.Append("<li><code>").Append(HtmlText.Escape(waiver.Rule)).Append("</code> on <code>").Append(HtmlText.Escape(waiver.Target))
                .Append("</code>: ").Append(HtmlText.Escape(waiver.Reason));
            if (waiver.ConfigFile is not null)
            {
                html.Append(" <span class=\"folder\">(").Append(HtmlText.Escape(ReportPaths.Relative(run.BaseDirectory, waiver.ConfigFile))).Append(")</span>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }
}
