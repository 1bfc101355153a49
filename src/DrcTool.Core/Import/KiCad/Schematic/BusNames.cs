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

    public static bool IsBus(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        name.Contains('{') || IsVector(name, out _, out _, out _) || aliases.ContainsKey(name);

    /// <summary>A group ("{A B}", "NAME{A B}") or an alias, whose members match by name rather than position.</summary>
    public static bool IsGroup(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        name.Contains('{') || aliases.ContainsKey(name);

    /// <summary>The members' full names, in order; a plain net name gives itself.</summary>
    public static IReadOnlyList<string> Members(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases) =>
        MembersWithLocalNames(name, aliases).Select(m => m.Name).ToList();

    /// <summary>The members in order, each with its full and its local name.</summary>
    public static IReadOnlyList<BusMember> MembersWithLocalNames(string name, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases)
    {
        var result = new List<BusMember>();
        Expand(name, string.Empty, aliases, result, 0);
        return result;
    }

    private static void Expand(string name, string prefix, IReadOnlyDictionary<string, IReadOnlyList<string>> aliases, List<BusMember> into, int depth)
    {
        if (into.Count >= MaxMembers) return;
        var open = name.IndexOf('{');
        var close = name.LastIndexOf('}');
        if (open >= 0 && close > open && depth < 4)
        {
            var groupName = name[..open].Trim();
            var innerPrefix = groupName.Length > 0 ? prefix + groupName + "." : prefix;
            foreach (var member in SplitMembers(name.AsSpan(open + 1, close - open - 1)))
            {
                Expand(member, innerPrefix, aliases, into, depth + 1);
            }

            return;
        }

        if (aliases.TryGetValue(name, out var aliasMembers) && depth < 4)
        {
            foreach (var member in aliasMembers)
            {
                Expand(member, prefix, aliases, into, depth + 1);
            }

            return;
        }

        if (IsVector(name, out var stem, out var from, out var to))
        {
            var step = from <= to ? 1 : -1;
            for (var i = from; ; i += step)
            {
                var member = stem + i.ToString(CultureInfo.InvariantCulture);
                into.Add(new BusMember(prefix + member, member));
                if (i == to || into.Count >= MaxMembers) break;
            }

            return;
        }

        into.Add(new BusMember(prefix + name, name));
    }

    private static IEnumerable<string> SplitMembers(ReadOnlySpan<char> inner)
    {
        var members = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= inner.Length; i++)
        {
            var c = i < inner.Length ? inner[i] : ' ';
            if (c is '{' or '[') depth++;
            else if (c is '}' or ']') depth--;
            else if ((c is ' ' or ',') && depth <= 0)
            {
                if (i > start) members.Add(inner[start..i].ToString());
                start = i + 1;
            }
        }

        return members;
    }

    /// <summary>A vector bus "PREFIX[a..b]" with nothing after the bracket.</summary>
    private static bool IsVector(string name, out string stem, out int from, out int to)
    {
        stem = string.Empty;
        from = to = 0;
        var open = name.LastIndexOf('[');
        if (open < 0 || !name.EndsWith(']')) return false;
        var range = name.AsSpan(open + 1, name.Length - open - 2);
        var dots = range.IndexOf("..");
        if (dots < 0) return false;
        if (!int.TryParse(range[..dots].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out from)
            || !int.TryParse(range[(dots + 2)..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out to))
        {
            return false;
        }

        stem = name[..open];
        return from >= 0 && to >= 0;
    }
}

/// <param name="Name">The net the member stands for on its sheet, e.g. "I2C.SDA" or "D3".</param>
/// <param name="LocalName">The name without a group prefix, e.g. "SDA": what group members are matched by.</param>
internal readonly record struct BusMember(string Name, string LocalName);
