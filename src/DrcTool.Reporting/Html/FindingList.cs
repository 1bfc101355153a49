using System.Text;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>
/// A board's findings grouped by severity: errors and warnings open, notes and waived findings folded. Each finding
/// is a target (<c>bN-fM</c>) that highlights its contacts on the picture, and links to each contact.
/// </summary>
internal static class FindingList
{
    public static void Append(StringBuilder html, ReportRun run, HtmlBoard board, ISet<int> drawn)
    {
        var findings = board.Design.Findings;
        if (findings.Count == 0)
        {
            html.Append("<p>No findings.</p>\n");
            return;
        }

        AppendGroup(html, run, board, drawn, findings.Where(f => !f.IsSuppressed && f.Severity == Severity.Error).ToList(), "error", "Errors", open: true);
        AppendGroup(html, run, board, drawn, findings.Where(f => !f.IsSuppressed && f.Severity == Severity.Warning).ToList(), "warning", "Warnings", open: true);
        AppendGroup(html, run, board, drawn, findings.Where(f => !f.IsSuppressed && f.Severity == Severity.Note).ToList(), "note", "Notes", open: false);
        AppendGroup(html, run, board, drawn, findings.Where(f => f.IsSuppressed).ToList(), "waived", "Waived", open: false);
    }

    private static void AppendGroup(StringBuilder html, ReportRun run, HtmlBoard board, ISet<int> drawn, List<Finding> group,
        string cssClass, string heading, bool open)
    {
        if (group.Count == 0)
        {
            return;
        }

        var title = $"<h3 class=\"{cssClass}\">{heading} ({group.Count})</h3>";
        html.Append(open ? title : $"<details><summary>{title}</summary>").Append("\n<ol class=\"findings-list\">\n");
        foreach (var finding in group)
        {
            AppendFinding(html, run, board, drawn, finding, cssClass);
        }

        html.Append("</ol>\n").Append(open ? string.Empty : "</details>\n");
    }

    private static void AppendFinding(StringBuilder html, ReportRun run, HtmlBoard board, ISet<int> drawn, Finding finding, string cssClass)
    {
        var id = board.FindingId(finding);
        var row = FindingRow.From(run, board.Design, finding);
        html.Append("<li class=\"finding ").Append(cssClass).Append("\" id=\"").Append(id).Append("\">\n<div class=\"head\">");
        if (finding.Contacts.Any(drawn.Contains))
        {
            html.Append("<a class=\"show\" href=\"#").Append(id).Append("\">show on the picture</a>");
        }

        html.Append("<span class=\"rule\">").Append(HtmlText.Escape(finding.RuleId)).Append("</span>")
            .Append(HtmlText.Escape(row.Title)).Append("</div>\n");
        html.Append("<p class=\"message\">").Append(HtmlText.Escape(finding.Message)).Append("</p>\n<dl>");
        if (finding.Contacts.Count > 0)
        {
            html.Append("<dt>Contacts</dt><dd>");
            foreach (var contact in finding.Contacts)
            {
                var text = board.PinName(contact) is { } pin ? $"{contact} {pin}" : contact.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (drawn.Contains(contact))
                {
                    html.Append("<a class=\"contact-link\" href=\"#").Append(board.ContactId(contact)).Append("\">")
                        .Append(HtmlText.Escape(text)).Append("</a>");
                }
                else
                {
                    html.Append("<span class=\"contact-link\">").Append(HtmlText.Escape(text)).Append("</span>");
                }
            }

            html.Append("</dd>");
        }

        AppendList(html, "Nets", finding.Nets);
        AppendList(html, "Parts", finding.Parts);
        if (finding.Path.Count > 0)
        {
            html.Append("<dt>Path</dt><dd>").Append(string.Join(" → ", finding.Path.Select(HtmlText.Escape))).Append("</dd>");
        }

        html.Append("<dt>Where</dt><dd><code>").Append(HtmlText.Escape(row.Location)).Append("</code></dd>");
        if (finding.FixHint is { Length: > 0 } fix)
        {
            html.Append("<dt>Fix</dt><dd class=\"fix\">").Append(HtmlText.Escape(fix)).Append("</dd>");
        }

        if (finding.WaiverReason is { } reason)
        {
            html.Append("<dt>Waived</dt><dd>").Append(HtmlText.Escape(reason)).Append("</dd>");
        }

        AppendHelp(html, run, finding.RuleId);
        html.Append("</dl>\n</li>\n");
    }

    private static void AppendList(StringBuilder html, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        html.Append("<dt>").Append(label).Append("</dt><dd>")
            .Append(string.Join(", ", items.Select(i => "<code>" + HtmlText.Escape(i) + "</code>"))).Append("</dd>");
    }

    /// <summary>The rule's page: a link when it is published at an http(s) address, else its path in the repository.</summary>
    private static void AppendHelp(StringBuilder html, ReportRun run, string ruleId)
    {
        if (run.FindRule(ruleId) is not { } rule)
        {
            return;
        }

        html.Append("<dt>Help</dt><dd>");
        if (HelpLinks.Absolute(run, rule) is { Scheme: "http" or "https" } uri)
        {
            html.Append("<a href=\"").Append(HtmlText.Escape(uri.AbsoluteUri)).Append("\">").Append(HtmlText.Escape(rule.HelpLink)).Append("</a>");
        }
        else
        {
            html.Append("<code>").Append(HtmlText.Escape(rule.HelpLink)).Append("</code>");
        }

        html.Append("</dd>");
    }
}
