using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrcTool.Reporting.Tests.Support;

/// <summary>Reads a workbook back with the OpenXml SDK: sheet names and each sheet's cell texts, row by row.</summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(byte[] bytes)
    {
        _document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
    }

    public WorkbookPart Workbook => _document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames =>
        Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    public CellFormat Format(Cell cell) =>
        (CellFormat)Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    public string FillColour(Cell cell)
    {
        var fill = (Fill)Workbook.WorkbookStylesPart!.Stylesheet.Fills!.ElementAt((int)(Format(cell).FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value ?? string.Empty;
    }

    public List<List<string>> Rows(string sheet) =>
        Sheet(sheet).Descendants<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();

    public static string Text(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString
            ? cell.InlineString!.InnerText
            : cell.CellValue?.Text ?? string.Empty;

    public void Dispose() => _document.Dispose();
}
