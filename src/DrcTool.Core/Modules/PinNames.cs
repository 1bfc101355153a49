using System.Text;

namespace DrcTool.Core.Modules;

/// <summary>
/// How a pin name is read: the normalised names a datasheet or symbol pin name stands for ("SDA/D0" is SDA and D0,
/// "GND@3" is GND, "~{RESET}" is RESET). The pinout indexes its names with it and the binding compares symbol pins.
/// </summary>
internal static class PinNames
{
    /// <summary>The normalised names a symbol pin name may stand for; empty when it makes no claim.</summary>
    internal static List<string> Tokens(string? symbolPinName)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(symbolPinName))
        {
            return result;
        }

        var name = symbolPinName.Trim();
        // KiCad overbar "~{RESET}" and Eagle "!RESET" mark active-low; the name is what is inside.
        name = name.Replace("~{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).TrimStart('~', '!');
        if (IsGeneric(name))
        {
            return result;
        }

        foreach (var part in name.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IsGeneric(part))
            {
                continue;
            }

            AddNormalised(result, part);
            var stripped = StripDuplicateSuffix(part);
            if (!ReferenceEquals(stripped, part))
            {
                AddNormalised(result, stripped);
            }
        }

        return result;
    }

    /// <summary>Names that carry no meaning: pure numbers, "P$12", "PIN12", "PAD12".</summary>
    private static bool IsGeneric(string name)
    {
        var span = name.AsSpan();
        if (span.StartsWith("P$", StringComparison.Ordinal)) span = span[2..];
        else if (span.StartsWith("PIN", StringComparison.OrdinalIgnoreCase)) span = span[3..];
        else if (span.StartsWith("PAD", StringComparison.OrdinalIgnoreCase)) span = span[3..];
        span = span.TrimStart("_-");
        if (span.IsEmpty)
        {
            return true;
        }

        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"GND@3", "3V3-10", "GND_15", "VCC#2" → the name before the duplicate number.</summary>
    private static string StripDuplicateSuffix(string name)
    {
        var end = name.Length;
        var i = end;
        while (i > 0 && char.IsAsciiDigit(name[i - 1])) i--;
        if (i == end || i < 2 || name[i - 1] is not ('@' or '-' or '_' or '#'))
        {
            return name;
        }

        return name[..(i - 1)];
    }

    private static void AddNormalised(List<string> into, string name)
    {
        var normalised = Normalise(name);
        if (normalised.Length > 0 && !into.Contains(normalised))
        {
            into.Add(normalised);
        }
    }

    /// <summary>Upper case without spaces, underscores, dots, and hyphens between letters or digits ("USB-D-" → "USBD-").</summary>
    internal static string Normalise(string name)
    {
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is ' ' or '_' or '.')
            {
                continue;
            }

            if (c == '-' && i > 0 && i + 1 < name.Length && char.IsAsciiLetterOrDigit(name[i - 1]) && char.IsAsciiLetterOrDigit(name[i + 1]))
            {
                continue;
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }
}
