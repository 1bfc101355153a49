namespace DrcTool.Reporting.Excel;

/// <summary>
/// How tall a row must be for its wrapped text. Excel and LibreOffice do not fit row heights when they open a file
/// (only when a cell is edited), so a wrapped cell in a default-height row shows one line and hides the rest; the
/// writer sets each row's height from its text instead.
/// </summary>
/// <remarks>
/// A column width is in widths of the font's digit; ordinary text averages a little narrower than a digit in Calibri
/// and about the same in the font LibreOffice substitutes for it (DejaVu Sans where Carlito is missing; measured
/// on the sample batch's PDF: 1.2 characters per width unit). The estimate assumes a little less and breaks lines at
/// spaces as both programs do, so a row comes out a line too tall rather than cutting text off.
/// </remarks>
internal static class RowHeights
{
    /// <summary>Points per line of 11 pt text, and the default row height.</summary>
    public const double LineHeight = 15;

    /// <summary>Characters of ordinary text per unit of column width (see remarks).</summary>
    private const double CharsPerWidth = 1.1;

    /// <summary>The lines <paramref name="text"/> takes in a column <paramref name="width"/> wide.</summary>
    public static int Lines(string? text, double width)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var perLine = Math.Max(1, (int)Math.Floor((width - 1) * CharsPerWidth));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            lines += WrappedLines(paragraph.TrimEnd('\r'), perLine);
        }

        return lines;
    }

    /// <summary>The height in points of <paramref name="lines"/> lines of text.</summary>
    public static double Height(int lines, double lineHeight = LineHeight) => Math.Max(1, lines) * lineHeight;

    /// <summary>Greedy line breaking at spaces (and inside a word longer than a line), as spreadsheets wrap.</summary>
    private static int WrappedLines(string paragraph, int perLine)
    {
        var lines = 1;
        var used = 0;
        foreach (var word in paragraph.Split(' '))
        {
            var length = word.Length;
            var needed = used == 0 ? length : used + 1 + length;
            if (needed <= perLine)
            {
                used = needed;
                continue;
            }

            if (used > 0)
            {
                lines++;
            }

            // A word longer than a line breaks inside itself.
            while (length > perLine)
            {
                lines++;
                length -= perLine;
            }

            used = length;
        }

        return lines;
    }
}
