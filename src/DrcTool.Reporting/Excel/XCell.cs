namespace DrcTool.Reporting.Excel;

/// <summary>One cell to write: text (always a string cell, never a formula) or a number, with its fill.</summary>
/// <param name="Decimal">Numbers shown with two decimals (volts); otherwise as integers or general.</param>
/// <param name="Link">An absolute http(s) link the cell opens (a relationship, not a HYPERLINK formula).</param>
public readonly record struct XCell(string? Text, double? Number, CellFill Fill = CellFill.None, bool Wrap = false, bool Decimal = false, Uri? Link = null)
{
    public static XCell Linked(string text, Uri? link) => new(text, null, Link: link);

    public static XCell Of(string? text, CellFill fill = CellFill.None, bool wrap = false) => new(text ?? string.Empty, null, fill, wrap);

    public static XCell Of(int number, CellFill fill = CellFill.None) => new(null, number, fill);

    public static XCell Volts(double? number, CellFill fill = CellFill.None) =>
        number is null ? new XCell(string.Empty, null, fill) : new XCell(null, number, fill, Decimal: true);

    public static implicit operator XCell(string? text) => Of(text);
}
