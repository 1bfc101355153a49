using System.Text;

namespace DrcTool.Reporting.Text;

/// <summary>
/// Makes arbitrary text safe for a spreadsheet cell in an .xlsx: XML 1.0 forbids most control characters, Excel reads
/// <c>_xHHHH_</c> as an escaped character (so a literal one must be escaped itself), and a cell holds at most 32767 characters.
/// </summary>
public static class OoxmlText
{
    public const int MaxCellLength = 32767;

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (IsForbidden(text, i))
            {
                replacement = $"_x{(int)c:X4}_";
            }
            else if (c == '_' && LooksLikeEscape(text, i))
            {
                replacement = "_x005F_";
            }

            if (replacement is not null)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append(replacement);
            }
            else
            {
                sb?.Append(c);
            }
        }

        var result = sb?.ToString() ?? text;
        return result.Length > MaxCellLength ? result[..(MaxCellLength - 1)] + "…" : result;
    }

    private static bool IsForbidden(string text, int i)
    {
        var c = text[i];
        if (c is '\t' or '\n' or '\r')
        {
            return false;
        }

        if (c < 0x20 || c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        }

        return false;
    }

    private static bool LooksLikeEscape(string text, int i) =>
        i + 6 < text.Length && text[i + 1] is 'x' or 'X' && text[i + 6] == '_'
        && char.IsAsciiHexDigit(text[i + 2]) && char.IsAsciiHexDigit(text[i + 3])
        && char.IsAsciiHexDigit(text[i + 4]) && char.IsAsciiHexDigit(text[i + 5]);
}
