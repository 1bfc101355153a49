using System.Globalization;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Expands KiCad bus names into member net names: vectors <c>D[0..7]</c> (either direction), groups <c>{SDA SCL}</c>
/// and named groups <c>I2C{SDA SCL}</c> (members "I2C.SDA", "I2C.SCL"), and bus aliases defined in the file.
/// </summary>
/// <remarks>
/// A member has a full name, the net it stands for on its sheet ("I2C.SDA"), and a local name without the group's
/// prefix ("SDA"): group buses connect across sheet pins and labels by local name, as KiCad matches them.
/// </remarks>
internal static class BusNames
{
    /// <summary>No bus in a real design has more members than this; a larger range is refused to keep memory bounded.</summary>
    public const int MaxMembers = 4096;

    /// <param name="name">A label or sheet pin name as KiCad escapes net names; it is parsed unescaped, as KiCad does.</param>
    public static bool IsBus(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        IsVector(KiCadText.Unescape(name), out _, out _, out _, out _) || IsGroup(name, aliases);

    /// <summary>A group ("{A B}", "NAME{A B}") or an alias, whose members match by name rather than position.</summary>
    public static bool IsGroup(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        TryParseGroup(KiCadText.Unescape(name), out _, out _) || aliases.ContainsKey(name);

    /// <summary>The members' full names, in order; a plain net name gives itself.</summary>
    public static IReadOnlyList<string> Members(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        MembersWithLocalNames(name, aliases).Select(m => m.Name).ToList();

    /// <summary>The members in order, each with its full and its local name.</summary>
    public static IReadOnlyList<BusMember> MembersWithLocalNames(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var result = new List<BusMember>();
        Expand(KiCadText.Unescape(name), string.Empty, aliases, result, 0);
        return result;
    }

    private static void Expand(string name, string prefix, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, List<BusMember> into, int depth)
    {
        if (into.Count >= MaxMembers) return;
        if (depth < 4 && IsVector(name, out var stem, out var from, out var to, out var suffix))
        {
            for (var i = from; ; i++)
            {
                var member = KiCadText.EscapeNetName(stem + i.ToString(CultureInfo.InvariantCulture) + suffix);
                into.Add(new BusMember(KiCadText.EscapeNetName(prefix) + member, member));
                if (i == to || into.Count >= MaxMembers) break;
            }

            return;
        }

        if (depth < 4 && TryParseGroup(name, out var groupName, out var members))
        {
            var innerPrefix = groupName.Length > 0 ? prefix + groupName + "." : prefix;
            foreach (var member in members)
            {
                // A plain member with markup ("~{RESET}" in "SWD_TRG{~{RESET}, SWDIO}") links to nothing in KiCad 9:
                // kicad-cli leaves the royalblue54L demo's three "SWD_TRG.~{RESET}" nets apart while it joins
                // SWDIO and SWDCLK through the same bus.
                if (member.Contains('{') && !IsVector(member, out _, out _, out _, out _) && !TryParseGroup(member, out _, out _)) continue;
                Expand(member, innerPrefix, aliases, into, depth + 1);
            }

            return;
        }

        if (depth < 4 && aliases.TryGetValue(KiCadText.EscapeNetName(name), out var aliasMembers))
        {
            foreach (var member in aliasMembers)
            {
                Expand(member, prefix, aliases, into, depth + 1);
            }

            return;
        }

        var escaped = KiCadText.EscapeNetName(name);
        into.Add(new BusMember(KiCadText.EscapeNetName(prefix) + escaped, escaped));
    }

    /// <summary>
    /// A brace that opens text markup (overbar <c>~{…}</c>, subscript <c>_{…}</c>, superscript <c>^{…}</c>), not a bus
    /// group: "V_{BAT}" and "~{RESET}" are nets (NET_SETTINGS::ParseBusGroup's isSuperSubOverbar).
    /// </summary>
    private static bool OpensMarkup(string text, int brace) => brace > 0 && text[brace - 1] is '_' or '^' or '~';

    /// <summary>
    /// A group "PREFIX{A B C}" as KiCad parses it: the prefix may carry markup but no space or brackets, members are
    /// separated by spaces or commas and may carry markup; text after the closing brace is ignored.
    /// </summary>
    private static bool TryParseGroup(string text, out string prefix, out List<string> members)
    {
        prefix = string.Empty;
        members = [];
        var nesting = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                if (OpensMarkup(text, i)) nesting++;
                else break;
            }
            else if (c == '}')
            {
                nesting--;
            }

            if (c is ' ' or '[' or ']') return false;
        }

        if (nesting != 0 || i >= text.Length) return false;
        prefix = text[..i];
        var member = new System.Text.StringBuilder();
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{')
            {
                if (!OpensMarkup(text, i)) return false;
                nesting++;
            }
            else if (c == '}')
            {
                if (nesting == 0)
                {
                    if (member.Length > 0) members.Add(member.ToString());
                    return true;
                }

                nesting--;
            }

            if (c is ' ' or ',')
            {
                if (member.Length > 0) members.Add(member.ToString());
                member.Clear();
                continue;
            }

            member.Append(c);
        }

        return false;
    }

    /// <summary>
    /// A vector bus "PREFIX[a..b]" as KiCad parses it (NET_SETTINGS::ParseBusVector): digits only in the range, a
    /// prefix that may carry markup but no space, only closing braces after the bracket, and a range of at least two
    /// members ("D[3..3]" is a net). Members run from the smaller index to the larger.
    /// </summary>
    private static bool IsVector(string name, out string stem, out int from, out int to, out string suffix)
    {
        stem = suffix = string.Empty;
        from = to = 0;
        var nesting = 0;
        var i = 0;
        for (; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '{')
            {
                if (!OpensMarkup(name, i)) return false;
                nesting++;
            }
            else if (c == '}')
            {
                nesting--;
            }

            if (c is ' ' or ']') return false;
            if (c == '[') break;
        }

        if (i >= name.Length) return false;
        var open = i;
        var dots = name.IndexOf("..", open + 1, StringComparison.Ordinal);
        var close = name.IndexOf(']', open + 1);
        if (dots < 0 || close < dots) return false;
        var first = name.AsSpan(open + 1, dots - open - 1);
        var second = name.AsSpan(dots + 2, close - dots - 2);
        if (!AllDigits(first) || !AllDigits(second)) return false;
        for (var j = close + 1; j < name.Length; j++)
        {
            if (name[j] != '}') return false;
            nesting--;
        }

        if (nesting != 0) return false;
        if (!int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out from)
            || !int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out to)
            || from == to)
        {
            return false;
        }

        if (from > to) (from, to) = (to, from);
        stem = name[..open];
        suffix = name[(close + 1)..];
        return true;
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return false;
        }

        return true;
    }
}

/// <param name="Name">The net the member stands for on its sheet, e.g. "I2C.SDA" or "D3".</param>
/// <param name="LocalName">The name without a group prefix, e.g. "SDA": what group members are matched by.</param>
internal readonly record struct BusMember(string Name, string LocalName);
