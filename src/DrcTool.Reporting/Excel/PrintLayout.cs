using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// How a sheet prints: landscape, scaled to one page wide and as many tall as it needs, the sheet name and the board
/// (or run) in the page header, page numbers in the footer. The header rows repeat on every page through the
/// workbook's print-titles name (<see cref="PrintTitles"/>).
/// </summary>
internal static class PrintLayout
{
    /// <summary>The elements that go at the end of the worksheet, in schema order.</summary>
    public static IEnumerable<OpenXmlElement> Elements(SheetTable table)
    {
        yield return new PrintOptions { HorizontalCentered = false, GridLines = false };
        yield return new PageMargins { Left = 0.4, Right = 0.4, Top = 0.6, Bottom = 0.5, Header = 0.25, Footer = 0.25 };
        yield return new PageSetup
        {
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        };

        var centre = table.PageHeader is { Length: > 0 } board ? "&C&\"Calibri,Bold\"" + Escape(board) : string.Empty;
        yield return new HeaderFooter(
            new OddHeader("&L&A" + centre + "&RDrcTool"),
            new OddFooter("&CPage &P of &N"));
    }

    /// <summary>Sheet properties that make the fit-to-page numbers above count.</summary>
    public static SheetProperties SheetProperties() => new(new PageSetupProperties { FitToPage = true });

    /// <summary>The defined name that repeats the title and header rows at the top of every printed page.</summary>
    public static DefinedName PrintTitles(string quotedSheet, uint sheetIndex, int headerRow) =>
        new($"{quotedSheet}!$1:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = sheetIndex };

    /// <summary>Header text with the codes Excel reads in it (<c>&amp;</c>) doubled, cut to fit its 255-character limit.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                continue;
            }

            sb.Append(c == '&' ? "&&" : c.ToString());
        }

        var escaped = sb.ToString();
        return escaped.Length > 200 ? escaped[..200] : escaped;
    }
}
