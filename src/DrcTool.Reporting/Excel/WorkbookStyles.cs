using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// The workbook's stylesheet. Every combination of fill, wrapping, quote prefix and number format gets one cell
/// format, enumerated in a fixed order so a style's index is a pure function of what it looks like.
/// </summary>
/// <remarks>
/// The quote prefix (<c>quotePrefix="1"</c>) marks text that looks like a formula: Excel and LibreOffice show it
/// as it is and keep it text even when someone edits the cell.
/// </remarks>
internal static class WorkbookStyles
{
    private const uint NumberFormatId = 164;
    private static readonly int FillCount = Enum.GetValues<CellFill>().Length;

    public static uint Index(CellFill fill, bool wrap, bool quotePrefix, bool number) =>
        1 + ((uint)fill * 8) + (wrap ? 4u : 0) + (quotePrefix ? 2u : 0) + (number ? 1u : 0);

    public static Stylesheet Build()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }));
        fonts.Count = 2;

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

        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()))
        {
            Count = 1,
        };

        var cellFormats = new CellFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 });
        for (var f = 0; f < FillCount; f++)
        {
            for (var combo = 0; combo < 8; combo++)
            {
                var fill = (CellFill)f;
                var wrap = (combo & 4) != 0;
                var quote = (combo & 2) != 0;
                var number = (combo & 1) != 0;
                var format = new CellFormat
                {
                    FontId = fill == CellFill.Header ? 1u : 0u,
                    FillId = fill == CellFill.None ? 0u : (uint)f + 1,
                    BorderId = 0,
                    FormatId = 0,
                    NumberFormatId = number ? NumberFormatId : 0u,
                    ApplyFill = fill != CellFill.None,
                    ApplyFont = fill == CellFill.Header,
                    ApplyNumberFormat = number,
                };
                if (quote)
                {
                    format.QuotePrefix = true;
                }

                format.Append(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap });
                format.ApplyAlignment = true;
                cellFormats.Append(format);
            }
        }

        cellFormats.Count = (uint)cellFormats.ChildElements.Count;

        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = NumberFormatId, FormatCode = "0.00" }) { Count = 1 },
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
