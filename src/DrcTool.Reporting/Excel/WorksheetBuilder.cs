using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrcTool.Reporting.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// Turns a <see cref="SheetTable"/> into a worksheet: a frozen, filtered header row, column widths from the content,
/// and every text cell an inline string (never a formula, whatever the text looks like).
/// </summary>
internal static class WorksheetBuilder
{
    private const double MinWidth = 6;
    private const double DefaultMaxWidth = 60;

    /// <param name="part">The worksheet's part, for the relationships of its hyperlinks.</param>
    public static Worksheet Build(SheetTable table, WorksheetPart part)
    {
        var hyperlinks = new Hyperlinks();
        var columns = table.Headers.Count;
        var lastRow = table.Rows.Count + 1;

        var sheetData = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns; c++)
        {
            header.Append(TextCell(c, 1, table.Headers[c], CellFill.Header, wrap: false));
        }

        sheetData.Append(header);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            var row = new Row { RowIndex = rowIndex };
            var cells = table.Rows[r];
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                if (cell.Link is { } link && link.Scheme is "http" or "https")
                {
                    var id = $"rIdLink{hyperlinks.ChildElements.Count + 1}";
                    part.AddHyperlinkRelationship(link, isExternal: true, id);
                    hyperlinks.Append(new Hyperlink { Reference = ColumnName(c) + rowIndex.ToString(CultureInfo.InvariantCulture), Id = id });
                }

                row.Append(cell.Number is { } number
                    ? NumberCell(c, rowIndex, number, cell.Fill, cell.Decimal)
                    : TextCell(c, rowIndex, cell.Text, cell.Fill, cell.Wrap));
            }

            sheetData.Append(row);
        }

        var worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = 1,
                    TopLeftCell = "A2",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Columns(table),
            sheetData,
            new AutoFilter { Reference = FilterRange(columns, lastRow) });
        if (hyperlinks.HasChildren)
        {
            worksheet.Append(hyperlinks);
        }

        return worksheet;
    }

    public static string FilterRange(int columns, int lastRow) => $"A1:{ColumnName(columns - 1)}{Math.Max(lastRow, 1)}";

    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Columns Columns(SheetTable table)
    {
        var cols = new Columns();
        for (var c = 0; c < table.Headers.Count; c++)
        {
            var longest = table.Headers[c].Length + 3.0; // room for the filter button
            foreach (var row in table.Rows)
            {
                if (c < row.Count)
                {
                    var length = row[c].Number is { } n ? n.ToString(row[c].Decimal ? "0.00" : "R", CultureInfo.InvariantCulture).Length : LongestLine(row[c].Text);
                    longest = Math.Max(longest, length + 1);
                }
            }

            var max = table.MaxWidths is { } widths && c < widths.Count ? widths[c] : DefaultMaxWidth;
            var width = Math.Round(Math.Clamp(longest, MinWidth, max), 1);
            cols.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = width, CustomWidth = true });
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

    private static Cell TextCell(int column, uint row, string? text, CellFill fill, bool wrap)
    {
        var value = OoxmlText.Escape(text);
        var t = new DocumentFormat.OpenXml.Spreadsheet.Text(value);
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(t))
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = WorkbookStyles.Index(fill, wrap, FormulaGuard.IsDangerous(text), number: false),
        };
    }

    private static Cell NumberCell(int column, uint row, double number, CellFill fill, bool decimals) =>
        new(new CellValue(number.ToString("R", CultureInfo.InvariantCulture)))
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.Number,
            StyleIndex = WorkbookStyles.Index(fill, wrap: false, quotePrefix: false, number: decimals),
        };
}
