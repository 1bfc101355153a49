using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// Turns a <see cref="SheetTable"/> into a worksheet: an optional title row, a frozen (and usually filtered) header
/// row, column widths from the content, row heights that fit wrapped text, links, and the print layout. Every text
/// cell is an inline string (never a formula, whatever the text looks like).
/// </summary>
internal static class WorksheetBuilder
{
    private const double MinWidth = 4;
    private const double DefaultMaxWidth = 60;

    /// <param name="part">The worksheet's part, for the relationships of its hyperlinks.</param>
    /// <param name="styles">The workbook's cell formats, which this sheet's looks are added to.</param>
    public static Worksheet Build(SheetTable table, WorksheetPart part, WorkbookStyles styles)
    {
        var widths = ColumnWidths(table);
        var hyperlinks = new Hyperlinks();
        var merges = new MergeCells();
        var headerRow = (uint)table.HeaderRow;
        var sheetData = new SheetData();

        if (table.Title is { } title)
        {
            var titleRow = new Row { RowIndex = 1, Height = 21, CustomHeight = true };
            titleRow.Append(TextCell(0, 1, new XCell(title, null, Font: CellFont.Title), styles));
            sheetData.Append(titleRow);
        }

        var header = new Row { RowIndex = headerRow };
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var look = new XCell(table.Headers[c], null, CellFill.Header, Wrap: !table.RotatedHeaders, Font: CellFont.Bold);
            header.Append(TextCell(c, headerRow, look, styles, table.RotatedHeaders));
        }

        header.Height = table.RotatedHeaders
            ? Math.Min(409, 12 + (6.2 * table.Headers.Max(h => h.Length)))
            : RowHeights.Height(table.Headers.Select((h, c) => RowHeights.Lines(h, widths[c])).Max());
        header.CustomHeight = true;
        sheetData.Append(header);

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)table.SheetRow(r);
            var row = new Row { RowIndex = rowIndex };
            var lines = 1;
            var column = 0;
            foreach (var cell in table.Rows[r])
            {
                var span = Math.Max(1, cell.Span);
                var reference = ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);
                AddLink(cell, reference, part, hyperlinks);
                if (span > 1)
                {
                    merges.Append(new MergeCell { Reference = $"{reference}:{ColumnName(column + span - 1)}{rowIndex.ToString(CultureInfo.InvariantCulture)}" });
                }

                if (cell.Wrap && cell.Number is null)
                {
                    lines = Math.Max(lines, RowHeights.Lines(cell.Text, widths.Skip(column).Take(span).Sum()));
                }

                row.Append(cell.Number is { } number ? NumberCell(column, rowIndex, number, cell, styles) : TextCell(column, rowIndex, cell, styles));
                column += span;
            }

            if (lines > 1)
            {
                row.Height = RowHeights.Height(lines);
                row.CustomHeight = true;
            }

            sheetData.Append(row);
        }

        var firstData = $"A{headerRow + 1}";
        var worksheet = new Worksheet(
            PrintLayout.SheetProperties(),
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = headerRow,
                    TopLeftCell = firstData,
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstData, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstData } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = RowHeights.LineHeight },
            Columns(widths),
            sheetData);
        if (table.Filtered)
        {
            worksheet.Append(new AutoFilter { Reference = FilterRange(table) });
        }

        if (merges.HasChildren)
        {
            merges.Count = (uint)merges.ChildElements.Count;
            worksheet.Append(merges);
        }

        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        worksheet.Append(PrintLayout.Elements(table));
        return worksheet;
    }

    /// <summary>The header row and the data below it, e.g. "A2:H70".</summary>
    public static string FilterRange(SheetTable table) =>
        $"A{table.HeaderRow}:{ColumnName(table.Headers.Count - 1)}{table.HeaderRow + table.Rows.Count}";

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void AddLink(XCell cell, string reference, WorksheetPart part, Hyperlinks hyperlinks)
    {
        if (cell.Link is { } link && link.Scheme is "http" or "https")
        {
            var id = $"rIdLink{hyperlinks.ChildElements.Count + 1}";
            part.AddHyperlinkRelationship(link, isExternal: true, id);
            hyperlinks.Append(new Hyperlink { Reference = reference, Id = id });
        }
        else if (cell.Anchor is { } anchor)
        {
            hyperlinks.Append(new Hyperlink { Reference = reference, Location = anchor, Display = cell.Text });
        }
    }

    /// <summary>Each column as wide as its longest line (header included), within its cap; spanning cells do not count.</summary>
    private static double[] ColumnWidths(SheetTable table)
    {
        var widths = new double[table.Headers.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            var longest = table.RotatedHeaders ? 0 : table.Headers[c].Length + (table.Filtered ? 3.0 : 1.0); // room for the filter button
            var max = table.MaxWidths is { } caps && c < caps.Count ? caps[c] : DefaultMaxWidth;
            foreach (var row in table.Rows)
            {
                if (CellAt(row, c) is { Span: <= 1 } cell)
                {
                    var length = cell.Number is { } n ? n.ToString(cell.Decimal ? "0.00" : "R", CultureInfo.InvariantCulture).Length : LongestLine(cell.Text);
                    longest = Math.Max(longest, length + 2);
                }
            }

            widths[c] = Math.Round(Math.Clamp(longest, MinWidth, max), 1);
        }

        return widths;
    }

    /// <summary>The cell that starts at column <paramref name="column"/>, counting spans; null when a span covers it or the row is short.</summary>
    private static XCell? CellAt(IReadOnlyList<XCell> row, int column)
    {
        var at = 0;
        foreach (var cell in row)
        {
            if (at == column)
            {
                return cell;
            }

            at += Math.Max(1, cell.Span);
            if (at > column)
            {
                return null;
            }
        }

        return null;
    }

    private static Columns Columns(double[] widths)
    {
        var cols = new Columns();
        for (var c = 0; c < widths.Length; c++)
        {
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true });
        }

        return cols;
    }

    private static int LongestLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var longest = 0;
        foreach (var line in text.Split('\n'))
        {
            longest = Math.Max(longest, line.Length);
        }

        return longest;
    }

    private static Cell TextCell(int column, uint row, XCell cell, WorkbookStyles styles, bool rotated = false)
    {
        var value = OoxmlText.Escape(cell.Text);
        var t = new DocumentFormat.OpenXml.Spreadsheet.Text(value);
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(t))
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = styles.Index(new CellLook(cell.Fill, cell.Font, cell.Wrap, FormulaGuard.IsDangerous(cell.Text), Decimal: false, rotated)),
        };
    }

    private static Cell NumberCell(int column, uint row, double number, XCell cell, WorkbookStyles styles) =>
        new(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.Number,
            StyleIndex = styles.Index(new CellLook(cell.Fill, cell.Font, Wrap: false, QuotePrefix: false, cell.Decimal)),
        };
}
