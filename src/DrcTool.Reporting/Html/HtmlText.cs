using System.Globalization;
using System.Text;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Html;

/// <summary>
/// Escapes text for HTML and inline SVG. Every text from a design (net names, part names, file paths, messages that
/// quote them) goes through here: net names are hostile input, and a net called <c>&lt;/svg&gt;&lt;script&gt;</c>
/// must stay text. Characters XML cannot carry become U+FFFD, so the SVG is also well-formed on its own.
/// </summary>
public static class HtmlText
{
    /// <summary>Text for an element's content or a double-quoted attribute value.</summary>
    public static string Escape(string? text)
    {
        var clean = XmlSafeText.Clean(text);
        if (clean.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return clean;
        }

        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A number for SVG coordinates: invariant, at most one decimal, so output is the same on every machine.</summary>
    public static string Number(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Cuts text to <paramref name="max"/> characters with an ellipsis (the full text goes in a tooltip).</summary>
    public static string Shorten(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    public static string Plural(int n, string word) =>
        n == 1 ? $"1 {word}" : string.Create(CultureInfo.InvariantCulture, $"{n} {word}s");
}
