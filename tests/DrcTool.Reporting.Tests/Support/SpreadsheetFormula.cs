using System.Text.RegularExpressions;

namespace DrcTool.Reporting.Tests.Support;

/// <summary>
/// What a spreadsheet opening a CSV would take for a formula, written independently of the product's FormulaGuard:
/// a leading = or @ (after blanks), a leading tab or CR, or + / - followed by anything beyond a plain name or number.
/// </summary>
public static partial class SpreadsheetFormula
{
    public static bool WouldRun(string cell) => Pattern().IsMatch(cell);

    [GeneratedRegex(@"^(\s*[=@＝＠]|[\t\r\n]|\s*[+\-＋－].*[^A-Za-z0-9_.])", RegexOptions.Singleline)]
    private static partial Regex Pattern();
}
