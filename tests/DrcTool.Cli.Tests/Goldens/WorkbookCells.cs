using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrcTool.Cli.Tests.Goldens;

/// <summary>
/// A workbook as text for its golden file: each sheet in order, then each cell that holds something as
/// "A1: text" ("A1: =FORMULA" for a formula), row by row. The zip around it (and its styles) is left out: the content
/// is what a reader checks, and the bytes are tested for determinism elsewhere.
/// </summary>
internal static class WorkbookCells
{
    public static string Text(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var s = new StringBuilder();
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            s.Append("## ").Append(sheet.Name!.Value).Append('\n');
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            foreach (var cell in worksheet.Descendants<Row>().SelectMany(r => r.Elements<Cell>()))
            {
                var text = cell.CellFormula is { Text.Length: > 0 } formula ? "=" + formula.Text : Value(cell, shared);
                if (text.Length == 0) continue;
                s.Append(cell.CellReference!.Value).Append(": ").Append(text.ReplaceLineEndings("\n").Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
            }

            s.Append('\n');
        }

        return s.ToString();
    }

    private static string Value(Cell cell, List<string> shared) => cell.DataType?.Value switch
    {
        var t when t == CellValues.InlineString => cell.InlineString!.InnerText,
        var t when t == CellValues.SharedString => shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
        _ => cell.CellValue?.Text ?? string.Empty,
    };
}
