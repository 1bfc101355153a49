namespace DrcTool.Reporting.Text;

/// <summary>
/// Keeps text from a design (net names, values, messages) from being run as a formula when a CSV file is opened in a
/// spreadsheet (CSV injection: <c>=HYPERLINK(...)</c>, <c>@SUM(...)</c>, <c>+cmd|' /C calc'!A0</c>).
/// </summary>
/// <remarks>
/// A cell is dangerous when its first non-blank character is <c>=</c> or <c>@</c>, when it starts with a tab, CR or
/// LF, or when it starts with <c>+</c> or <c>-</c> followed by anything that is not a plain number or rail name
/// (letters, digits, <c>_</c> and <c>.</c> only). So <c>+3V3</c>, <c>-5V</c>, <c>+VBAT</c> and <c>-12</c> stay as
/// they are, while <c>+SUM(A1)</c> and <c>-cmd|...</c> are neutralised. Neutralising prefixes one single quote, the
/// spreadsheet convention for "this is text" (OWASP's advice for CSV injection).
/// </remarks>
public static class FormulaGuard
{
    public const char QuotePrefix = '\'';

    public static bool IsDangerous(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text[0] is '\t' or '\r' or '\n')
        {
            return true;
        }

        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return false;
        }

        // Full-width forms some spreadsheets also accept as formula starters.
        switch (text[start])
        {
            case '=' or '@' or '\uFF1D' or '\uFF20':
                return true;
            case '+' or '-' or '\uFF0B' or '\uFF0D':
                return !IsPlainNameOrNumber(text.AsSpan(start + 1));
            default:
                return false;
        }
    }

    /// <summary>The text, with a single quote in front when a spreadsheet would run it.</summary>
    public static string Neutralise(string? text) =>
        text is null ? string.Empty : IsDangerous(text) ? QuotePrefix + text : text;

    private static bool IsPlainNameOrNumber(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            // A lone "+" or "-" is not a formula.
            return true;
        }

        foreach (var c in rest)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
