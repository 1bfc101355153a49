using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>One board's section: its verdict and counts, the module picture beside its findings, or its read error.</summary>
internal static class BoardSection
{
    public static void Append(StringBuilder html, ReportRun run, HtmlBoard board)
    {
        var design = board.Design;
        html.Append("<section class=\"board ").Append(board.VerdictClass).Append("\" id=\"").Append(board.Id).Append("\">\n<h2>")
            .Append("<span class=\"badge ").Append(board.VerdictClass).Append("\">").Append(board.VerdictClass).Append("</span> ");
        RunOverview.AppendFileName(html, board.File);
        html.Append("</h2>\n");

        if (design.Error is { } error)
        {
            html.Append("<p class=\"read-error\">Could not be read: ").Append(HtmlText.Escape(error.Message)).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<p class=\"board-meta\">").Append(HtmlText.Escape(design.Format ?? string.Empty));
        if (RunOverview.ModuleText(design) is { Length: > 0 } module)
        {
            html.Append(" · ").Append(HtmlText.Escape(module));
        }

        html.Append(" · ").Append(HtmlText.Plural(design.Count(Severity.Error), "error"))
            .Append(", ").Append(HtmlText.Plural(design.Count(Severity.Warning), "warning"))
            .Append(", ").Append(HtmlText.Plural(design.Count(Severity.Note), "note"))
            .Append(", ").Append(design.SuppressedCount).Append(" waived</p>\n");

        html.Append("<div class=\"board-body\">\n<div class=\"picture\">\n");
        var layout = ModuleLayouts.For(design);
        var drawn = new HashSet<int>();
        if (layout is null)
        {
            html.Append("<p class=\"no-picture\">No module was found on this board, so there is no picture.</p>\n");
        }
        else
        {
            drawn.UnionWith(layout.Pads.Select(p => p.Contact).Where(c => design.PinMap.Any(r => r.Contact == c)));
            html.Append(ModulePicture.Render(layout, design.PinMap, new PictureOptions
            {
                IdPrefix = board.Id,
                ContactLink = row => board.FirstFindingOn(row.Contact) is { } finding ? "#" + board.FindingId(finding) : null,
            })).Append('\n');
        }

        html.Append("</div>\n<div class=\"findings\">\n");
        FindingList.Append(html, run, board, drawn);
        html.Append("</div>\n</div>\n</section>\n");
    }

    /// <summary>
    /// One CSS rule per finding with contacts on the picture: while the finding is the page's target, its contacts
    /// are outlined. Ids are generated, never design text, so nothing from a design reaches the stylesheet.
    /// </summary>
    public static void AppendHighlightRules(StringBuilder css, HtmlBoard board)
    {
        if (ModuleLayouts.For(board.Design) is not { } layout)
        {
            return;
        }

        foreach (var finding in board.Design.Findings)
        {
            var contacts = finding.Contacts.Distinct().Where(c => layout.Find(c) is not null && board.Design.PinMap.Any(r => r.Contact == c)).ToList();
            if (contacts.Count == 0)
            {
                continue;
            }

            css.Append("body:has(#").Append(board.FindingId(finding)).Append(":target) :is(")
                .Append(string.Join(",", contacts.Select(c => "#" + board.ContactId(c))))
                .Append(") > rect { stroke: #8250df; stroke-width: 4px; }\n");
        }
    }
}
