using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrcTool.Reporting.Excel;

/// <summary>What a cell looks like: the key of one cell format in the stylesheet.</summary>
/// <param name="QuotePrefix">
/// Text that looks like a formula: Excel and LibreOffice show it as it is and keep it text even when someone edits
/// the cell (<c>quotePrefix="1"</c>).
/// </param>
/// <param name="Rotated">Text turned 90° (the matrix's rule headers), so narrow columns can carry long titles.</param>
internal readonly record struct CellLook(CellFill Fill, CellFont Font, bool Wrap, bool QuotePrefix, bool Decimal, bool Rotated = false);

/// <summary>
/// The workbook's stylesheet: one cell format per look a cell asks for, numbered in the order they are first asked
/// for. The sheets are written in a fixed order, so the same run gives the same numbering and the same bytes.
/// </summary>
internal sealed class WorkbookStyles
{
    private const uint DecimalFormatId = 164;
    private readonly Dictionary<CellLook, uint> _index = [];
    private readonly List<CellLook> _looks = [];

    /// <summary>The cell format index of a look (0 is the default format, which no cell asks for).</summary>
    public uint Index(CellLook look)
    {
        if (!_index.TryGetValue(look, out var index))
        {
            _looks.Add(look);
            index = (uint)_looks.Count;
            _index[look] = index;
        }

        return index;
    }

    public Stylesheet Build()
    {
        // Fonts in CellFont order; the title is 14 pt.
        var fonts = new Fonts(
            Font(bold: false, size: 11, colour: null, underline: false),
            Font(bold: true, size: 11, colour: null, underline: false),
            Font(bold: false, size: 11, colour: "FF0563C1", underline: true),
            Font(bold: true, size: 14, colour: null, underline: false))
        {
            Count = 4,
        };

        // Fills 0 and 1 are the two Excel requires (none, gray125); ours follow in CellFill order, None excluded.
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        foreach (var fill in Enum.GetValues<CellFill>().Where(f => f != CellFill.None))
        {
            fills.Append(new Fill(new PatternFill(
                new ForegroundColor { Rgb = CellFills.Argb(fill) },
                new BackgroundColor { Indexed = 64 })
            { PatternType = PatternValues.Solid }));
        }

        fills.Count = (uint)fills.ChildElements.Count;

        // Border 1: a thin grey line, so cells stay apart on paper where there is no grid.
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
        {
            Count = 2,
        };

        var cellFormats = new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
        foreach (var look in _looks)
        {
            var format = new CellFormat
            {
                FontId = (uint)look.Font,
                FillId = look.Fill == CellFill.None ? 0u : (uint)look.Fill + 1,
                BorderId = 1,
                FormatId = 0,
                NumberFormatId = look.Decimal ? DecimalFormatId : 0u,
                ApplyFill = look.Fill != CellFill.None,
                ApplyFont = look.Font != CellFont.Normal,
                ApplyBorder = true,
                ApplyNumberFormat = look.Decimal,
            };
            if (look.QuotePrefix)
            {
                format.QuotePrefix = true;
            }

            var alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = look.Wrap };
            if (look.Rotated)
            {
                alignment.TextRotation = 90;
                alignment.Vertical = VerticalAlignmentValues.Bottom;
                alignment.Horizontal = HorizontalAlignmentValues.Center;
            }

            format.Append(alignment);
            format.ApplyAlignment = true;
            cellFormats.Append(format);
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = DecimalFormatId, FormatCode = "0.00" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size, string? colour, bool underline)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (underline)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = size });
        if (colour is not null)
        {
            font.Append(new Color { Rgb = colour });
        }

        font.Append(new FontName { Val = "Calibri" });
        return font;
    }

    private static T Side<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };
}
