using System.Text;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// KiCad's text escapes (string_utils.cpp). A net name is the shown text with '/' written "{slash}" (it would read as a
/// sheet separator) and line breaks dropped (EscapeString, CTX_NETNAME): that is the name KiCad matches labels by and
/// stores on the board and in its netlist. Bus names are parsed from the unescaped text (UnescapeString), where
/// "{slash}", "{dblquote}" and the rest are characters again, while markup (<c>~{…}</c>, <c>_{…}</c>, <c>^{…}</c>)
/// and variables (<c>${…}</c>) keep their braces.
/// </summary>
internal static class KiCadText
{
    /// <summary>
    /// The net name of a label's, sheet pin's or pin's text: escapes read ("{dblquote}" is '"'), then '/' escaped
    /// again. kicad-cli names a label "{dblquote}Q{dblquote}" net "/\"Q\"" and "D_N/SWDIO" as "D_N{slash}SWDIO".
    /// </summary>
    public static string NetName(string text) => EscapeNetName(Unescape(text));

    public static string EscapeNetName(string text)
    {
        if (text.AsSpan().IndexOfAny('/', '\n', '\r') < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c == '/') result.Append("{slash}");
            else if (c is not ('\n' or '\r')) result.Append(c);
        }

        return result.ToString();
    }

    public static string Unescape(string text)
    {
        if (text.Length <= 2 || !text.Contains('{')) return text;
        var result = new StringBuilder(text.Length);
        var previous = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '{')
            {
                result.Append(c);
                previous = c;
                continue;
            }

            // The token runs to the matching brace; an unterminated one is kept as written.
            var depth = 1;
            var start = i + 1;
            var end = start;
            for (; end < text.Length; end++)
            {
                if (text[end] == '{') depth++;
                else if (text[end] == '}' && --depth == 0) break;
            }

            if (end >= text.Length)
            {
                result.Append('{').Append(Unescape(text[start..]));
                break;
            }

            var token = text[start..end];
            if (previous is '$' or '~' or '^' or '_') result.Append('{').Append(Unescape(token)).Append('}');
            else result.Append(Escaped(token) ?? "{" + Unescape(token) + "}");
            i = end;
            previous = '}';
        }

        return result.ToString();
    }

    private static string? Escaped(string token) => token switch
    {
        "dblquote" => "\"",
        "quote" => "'",
        "lt" => "<",
        "gt" => ">",
        "backslash" => "\\",
        "slash" => "/",
        "bar" => "|",
        "comma" => ",",
        "colon" => ":",
        "space" => " ",
        "dollar" => "$",
        "tab" => "\t",
        "return" => "\n",
        "brace" => "{",
        _ => null,
    };
}
