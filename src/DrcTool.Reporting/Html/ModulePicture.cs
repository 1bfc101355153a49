using System.Text;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Html;

/// <summary>What a module picture is drawn with besides the layout and the pins.</summary>
public sealed record PictureOptions
{
    /// <summary>
    /// Prefix of every id in the picture: contact N is <c>{IdPrefix}-cN</c>. Give two pictures on one page different
    /// prefixes (e.g. "before" and "after") so their ids and links stay apart.
    /// </summary>
    public string IdPrefix { get; init; } = "m";

    /// <summary>The caption above the picture; the layout's title when null.</summary>
    public string? Caption { get; init; }

    /// <summary>Where clicking a contact goes (e.g. its first finding, "#b1-f3"); null: the contact is no link.</summary>
    public Func<PinMapRow, string?>? ContactLink { get; init; }
}

/// <summary>
/// Draws a module as inline SVG: each contact of the layout a pad (a <c>g</c> carrying <c>id="{prefix}-cN"</c> and
/// <c>data-contact="N"</c>) coloured by its status, labelled with its pin name and net, under a caption and a legend
/// with the count of each status. Self-contained (colours are attributes, no external resources, no script), so the
/// same SVG can stand alone or sit beside another one (the before and after of a migration).
/// </summary>
public static class ModulePicture
{
    /// <summary>Pixels per layout grid unit.</summary>
    public const double Unit = 12;

    private const double FontSize = 11;
    private const double CharWidth = 6.7; // the advance of an 11 px monospace font (0.6 em), with a little to spare
    private const double LabelGap = 12;
    private const double ColumnGap = 8;
    private const double Margin = 10;
    private const double HeaderHeight = 52;
    private const int MaxNetChars = 24;
    private const string Font = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

    /// <summary>The SVG for <paramref name="pins"/> drawn on <paramref name="layout"/>; contacts not in the layout are left out.</summary>
    public static string Render(ModuleLayout layout, IReadOnlyList<PinMapRow> pins, PictureOptions? options = null)
    {
        options ??= new PictureOptions();
        var byContact = new Dictionary<int, PinMapRow>();
        foreach (var pin in pins)
        {
            byContact.TryAdd(pin.Contact, pin);
        }

        var labels = layout.Pads.Select(p => PadLabel.Of(p, byContact.GetValueOrDefault(p.Contact))).ToList();
        var pinColumn = labels.Max(l => l.Pin.Length) * CharWidth;
        var box = Bounds(layout, labels, pinColumn);
        var legend = LegendEntries(labels);
        var width = Math.Max(box.Right - box.Left, LegendWidth(legend)) + (2 * Margin);
        var height = box.Bottom - box.Top + HeaderHeight + (2 * Margin);
        var ox = Margin - box.Left + ((width - (2 * Margin) - (box.Right - box.Left)) / 2);
        var oy = Margin + HeaderHeight - box.Top;
        var caption = options.Caption ?? layout.Title;
        var p = options.IdPrefix;

        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"module-picture\" role=\"img\"")
            .Append(" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" font-family=\"").Append(Font).Append("\" font-size=\"").Append(N(FontSize))
            .Append("\" aria-labelledby=\"").Append(p).Append("-title\">\n");
        svg.Append("<title id=\"").Append(p).Append("-title\">").Append(HtmlText.Escape(caption)).Append("</title>\n");
        svg.Append("<defs><pattern id=\"").Append(p).Append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
            .Append(" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f6f8fa\"/>")
            .Append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#afb8c1\" stroke-width=\"2\"/></pattern></defs>\n");
        svg.Append("<text class=\"caption\" x=\"").Append(N(Margin)).Append("\" y=\"").Append(N(Margin + 12))
            .Append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\" font-weight=\"600\" fill=\"#1f2328\">")
            .Append(HtmlText.Escape(caption)).Append("</text>\n");
        AppendLegend(svg, legend, Margin + 22);

        var body = BodyBounds(layout);
        svg.Append("<rect class=\"body\" x=\"").Append(N(ox + body.Left)).Append("\" y=\"").Append(N(oy + body.Top))
            .Append("\" width=\"").Append(N(body.Right - body.Left)).Append("\" height=\"").Append(N(body.Bottom - body.Top))
            .Append("\" rx=\"6\" fill=\"#f6f8fa\" stroke=\"#8c959f\"/>\n");
        foreach (var mark in layout.Marks)
        {
            AppendMark(svg, mark, ox, oy, p);
        }

        foreach (var label in labels)
        {
            AppendPad(svg, label, ox, oy, pinColumn, options);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void AppendPad(StringBuilder svg, PadLabel label, double ox, double oy, double pinColumn, PictureOptions options)
    {
        var pad = label.Pad;
        var cx = ox + (pad.X * Unit);
        var cy = oy + (pad.Y * Unit);
        var w = pad.Width * Unit;
        var h = pad.Height * Unit;
        var style = label.Style;
        var link = label.Row is null ? null : options.ContactLink?.Invoke(label.Row);
        if (link is not null)
        {
            svg.Append("<a href=\"").Append(HtmlText.Escape(link)).Append("\">");
        }

        svg.Append("<g class=\"pad ").Append(style.Name).Append("\" id=\"").Append(options.IdPrefix).Append("-c").Append(pad.Contact)
            .Append("\" data-contact=\"").Append(pad.Contact).Append("\" data-status=\"").Append(style.Name).Append("\">");
        svg.Append("<title>").Append(HtmlText.Escape(label.Tooltip)).Append("</title>");
        svg.Append("<rect x=\"").Append(N(cx - (w / 2))).Append("\" y=\"").Append(N(cy - (h / 2)))
            .Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(h)).Append("\" rx=\"2\" fill=\"").Append(style.Fill)
            .Append("\" stroke=\"").Append(style.Stroke).Append('"')
            .Append(style == StatusStyle.Unconnected || style == StatusStyle.Absent ? " stroke-dasharray=\"3 2\"" : string.Empty)
            .Append("/>");
        // The number fits its pad: 9 px, smaller on small pads (the E-Series' 1 mm modem USB pads).
        var digits = pad.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var size = Math.Max(5, Math.Min(9, Math.Min(h * 0.8, (w - 1) / (digits * 0.62))));
        svg.Append("<text class=\"num\" x=\"").Append(N(cx)).Append("\" y=\"").Append(N(cy + (size * 0.36)))
            .Append("\" text-anchor=\"middle\" font-size=\"").Append(N(size)).Append("\" fill=\"").Append(style.Ink).Append("\">")
            .Append(pad.Contact).Append("</text>");
        AppendLabel(svg, label, cx, cy, w, h, pinColumn);
        svg.Append("</g>");
        if (link is not null)
        {
            svg.Append("</a>");
        }

        svg.Append('\n');
    }

    /// <summary>The pin name next to the pad, the net beyond it; pin names line up in a column of their own.</summary>
    private static void AppendLabel(StringBuilder svg, PadLabel label, double cx, double cy, double w, double h, double pinColumn)
    {
        var (x, y, anchor, rotate) = label.Pad.Side switch
        {
            LabelSide.Left => (cx - (w / 2) - LabelGap, cy, "end", false),
            LabelSide.Right => (cx + (w / 2) + LabelGap, cy, "start", false),
            LabelSide.Top => (cx, cy - (h / 2) - LabelGap, "start", true),
            _ => (cx, cy + (h / 2) + LabelGap, "end", true),
        };
        var outward = anchor == "start" ? 1 : -1;
        var transform = rotate ? $" transform=\"rotate(-90 {N(x)} {N(y)})\"" : string.Empty;
        var baseline = y + (FontSize * 0.35);
        svg.Append("<text class=\"pin\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline)).Append("\" text-anchor=\"").Append(anchor)
            .Append("\" font-weight=\"600\" fill=\"").Append(label.Style.Label).Append('"').Append(transform).Append('>')
            .Append(HtmlText.Escape(label.Pin)).Append("</text>");
        if (label.Net.Length > 0)
        {
            var netX = x + (outward * (pinColumn + ColumnGap));
            svg.Append("<text class=\"net\" x=\"").Append(N(netX)).Append("\" y=\"").Append(N(baseline)).Append("\" text-anchor=\"").Append(anchor)
                .Append("\" fill=\"#424a53\"").Append(transform).Append('>').Append(HtmlText.Escape(label.Net)).Append("</text>");
        }
    }

    private static void AppendMark(StringBuilder svg, LayoutMark mark, double ox, double oy, string prefix)
    {
        var cx = ox + (mark.X * Unit);
        var cy = oy + (mark.Y * Unit);
        var w = mark.Width * Unit;
        var h = mark.Height * Unit;
        svg.Append("<g class=\"mark\"><rect x=\"").Append(N(cx - (w / 2))).Append("\" y=\"").Append(N(cy - (h / 2)))
            .Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(h)).Append("\" fill=\"url(#").Append(prefix)
            .Append("-hatch)\" stroke=\"#afb8c1\"/>");
        var lines = mark.Label.Split('\n');
        var top = cy - ((lines.Length - 1) * 6) + 3.5;
        for (var i = 0; i < lines.Length; i++)
        {
            svg.Append("<text x=\"").Append(N(cx)).Append("\" y=\"").Append(N(top + (i * 12))).Append("\" text-anchor=\"middle\"")
                .Append(" font-size=\"10\" font-weight=\"600\" fill=\"#57606a\" paint-order=\"stroke\" stroke=\"#f6f8fa\" stroke-width=\"3\">")
                .Append(HtmlText.Escape(lines[i])).Append("</text>");
        }

        svg.Append("</g>\n");
    }

    /// <summary>One swatch per status with its count; "not in the design" only when the picture has such pads.</summary>
    private static List<(StatusStyle Style, string Text)> LegendEntries(IReadOnlyList<PadLabel> labels)
    {
        var entries = StatusStyle.LegendOrder
            .Select(s => (s, $"{s.LegendText} {labels.Count(l => l.Style == s)}"))
            .ToList();
        var absent = labels.Count(l => l.Style == StatusStyle.Absent);
        if (absent > 0)
        {
            entries.Add((StatusStyle.Absent, $"{StatusStyle.Absent.LegendText} {absent}"));
        }

        return entries;
    }

    private static double LegendWidth(List<(StatusStyle Style, string Text)> entries) =>
        entries.Sum(e => 22 + (e.Text.Length * CharWidth) + 14) - 14;

    private static void AppendLegend(StringBuilder svg, List<(StatusStyle Style, string Text)> entries, double y)
    {
        svg.Append("<g class=\"legend\">");
        var x = Margin;
        foreach (var (style, text) in entries)
        {
            svg.Append("<g class=\"legend-item ").Append(style.Name).Append("\"><rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y))
                .Append("\" width=\"16\" height=\"12\" rx=\"2\" fill=\"").Append(style.Fill).Append("\" stroke=\"").Append(style.Stroke).Append('"')
                .Append(style == StatusStyle.Unconnected || style == StatusStyle.Absent ? " stroke-dasharray=\"3 2\"" : string.Empty)
                .Append("/><text x=\"").Append(N(x + 22)).Append("\" y=\"").Append(N(y + 10)).Append("\" fill=\"#1f2328\">")
                .Append(HtmlText.Escape(text)).Append("</text></g>");
            x += 22 + (text.Length * CharWidth) + 14;
        }

        svg.Append("</g>\n");
    }

    /// <summary>The extent of pads, marks and labels, in pixels relative to the layout's origin.</summary>
    private static Box Bounds(ModuleLayout layout, IReadOnlyList<PadLabel> labels, double pinColumn)
    {
        var box = BodyBounds(layout);
        foreach (var label in labels)
        {
            var pad = label.Pad;
            var reach = LabelGap + pinColumn + (label.Net.Length > 0 ? ColumnGap + (label.Net.Length * CharWidth) : 0);
            var (cx, cy, w, h) = (pad.X * Unit, pad.Y * Unit, pad.Width * Unit, pad.Height * Unit);
            box = pad.Side switch
            {
                LabelSide.Left => box.Include(cx - (w / 2) - reach, cy),
                LabelSide.Right => box.Include(cx + (w / 2) + reach, cy),
                LabelSide.Top => box.Include(cx, cy - (h / 2) - reach),
                _ => box.Include(cx, cy + (h / 2) + reach),
            };
        }

        return box;
    }

    /// <summary>The module's body: the pads and marks with a little room around them.</summary>
    private static Box BodyBounds(ModuleLayout layout)
    {
        var box = Box.Empty;
        foreach (var pad in layout.Pads)
        {
            box = box.Include(pad.X * Unit, pad.Y * Unit, pad.Width * Unit, pad.Height * Unit);
        }

        foreach (var mark in layout.Marks)
        {
            box = box.Include(mark.X * Unit, mark.Y * Unit, mark.Width * Unit, mark.Height * Unit);
        }

        return box.Grow(Unit * 0.6);
    }

    private static string N(double value) => HtmlText.Number(value);

    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Empty => new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);

        public Box Include(double x, double y) =>
            new(Math.Min(Left, x), Math.Min(Top, y), Math.Max(Right, x), Math.Max(Bottom, y));

        public Box Include(double cx, double cy, double w, double h) =>
            Include(cx - (w / 2), cy - (h / 2)).Include(cx + (w / 2), cy + (h / 2));

        public Box Grow(double by) => new(Left - by, Top - by, Right + by, Bottom + by);
    }

    /// <summary>What one pad shows: its style, its label texts and its tooltip.</summary>
    private sealed record PadLabel(LayoutPad Pad, PinMapRow? Row, StatusStyle Style, string Pin, string Net, string Tooltip)
    {
        public static PadLabel Of(LayoutPad pad, PinMapRow? row)
        {
            if (row is null)
            {
                return new PadLabel(pad, null, StatusStyle.Absent, string.Empty, string.Empty, $"{pad.Contact}: not in the design");
            }

            var style = StatusStyle.Of(row.Status);
            return new PadLabel(pad, row, style, row.SomPin, HtmlText.Shorten(row.Net ?? string.Empty, MaxNetChars), Describe(row, style));
        }

        private static string Describe(PinMapRow row, StatusStyle style)
        {
            var text = new StringBuilder().Append(row.Contact).Append(' ').Append(row.SomPin);
            text.Append(row.Net is null ? " · not connected" : " · net " + row.Net);
            if (row.Volts is { } volts)
            {
                text.Append(" · ").Append(HtmlText.Number(volts)).Append(" V");
            }

            if (row.Parts.Count > 0)
            {
                text.Append(" · ").Append(string.Join(", ", row.Parts.Take(8)));
                if (row.Parts.Count > 8)
                {
                    text.Append(" and ").Append(row.Parts.Count - 8).Append(" more");
                }
            }

            text.Append(" · ").Append(style.Name);
            if (row.Rules.Count > 0)
            {
                text.Append(": ").Append(string.Join(", ", row.Rules));
            }

            return text.ToString();
        }
    }
}
