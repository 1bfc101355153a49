namespace DrcTool.Reporting.Excel;

/// <summary>One cell to write: text (always a string cell, never a formula) or a number, with its fill.</summary>
/// <param name="Decimal">Numbers shown with two decimals (volts); otherwise as integers or general.</param>
/// <param name="Link">An absolute http(s) link the cell opens (a relationship, not a HYPERLINK formula).</param>
/// <param name="Font">Bold for labels, blue underlined for links, large for titles.</param>
/// <param name="Anchor">A place in the workbook the cell links to, e.g. <c>'Pins alpha'!A1</c> (a hyperlink location, not a formula).</param>
/// <param name="Span">How many columns the cell covers (merged with the empty ones to its right).</param>
public readonly record struct XCell(
    string? Text,
    double? Number,
    CellFill Fill = CellFill.None,
    bool Wrap = false,
    bool Decimal = false,
    Uri? Link = null,
    CellFont Font = CellFont.Normal,
    string? Anchor = null,
    int Span = 1)
{
    public static XCell Linked(string text, Uri? link) =>
        new(text, null, Link: link, Font: link is null ? CellFont.Normal : CellFont.Link);

    /// <summary>Text that jumps to another sheet of the workbook when clicked.</summary>
    public static XCell Jump(string text, string? anchor, CellFill fill = CellFill.None) =>
        new(text, null, fill, Anchor: anchor, Font: anchor is null ? CellFont.Normal : CellFont.Link);

    public static XCell Of(string? text, CellFill fill = CellFill.None, bool wrap = false) => new(text ?? string.Empty, null, fill, wrap);

    public static XCell Of(int number, CellFill fill = CellFill.None) => new(null, number, fill);

    public static XCell Bold(string? text, CellFill fill = CellFill.None) => new(text ?? string.Empty, null, fill, Font: CellFont.Bold);

    public static XCell Volts(double? number, CellFill fill = CellFill.None) =>
        number is null ? new XCell(string.Empty, null, fill) : new XCell(null, number, fill, Decimal: true);

    public static implicit operator XCell(string? text) => Of(text);
}

/// <summary>The fonts a cell can have.</summary>
public enum CellFont
{
    Normal,
    Bold,
    /// <summary>Blue and underlined, as spreadsheets show hyperlinks.</summary>
    Link,
    /// <summary>A sheet's title row: bold and larger.</summary>
    Title,
}
