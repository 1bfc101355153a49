using System.Net;
using System.Text;

namespace DrcTool.Reporting.Markdown;

/// <summary>Escapes design text for a Markdown table cell: no HTML, no emphasis or links from net names, no broken rows.</summary>
public static class MarkdownText
{
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '#' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '<' or '>' or '&' or '"':
                    sb.Append(WebUtility.HtmlEncode(c.ToString()));
                    break;
                case '\n':
                    sb.Append("<br>");
                    break;
                case '\r':
                    break;
                default:
                    sb.Append(char.IsControl(c) ? ' ' : c);
                    break;
            }
        }

        return sb.ToString();
    }
}
