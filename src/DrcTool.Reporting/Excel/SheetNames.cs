using System.Text;

namespace DrcTool.Reporting.Excel;

/// <summary>
/// Makes sheet names Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an
/// apostrophe, not blank, not the reserved "History", and unique ignoring case (a "(2)" suffix, still within 31).
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Unique(string wanted)
    {
        var name = Sanitize(wanted);
        if (_used.Add(name))
        {
            return name;
        }

        for (var n = 2; ; n++)
        {
            var suffix = $" ({n})";
            var candidate = name.Length + suffix.Length > MaxLength
                ? name[..(MaxLength - suffix.Length)].TrimEnd() + suffix
                : name + suffix;
            if (_used.Add(candidate))
            {
                return candidate;
            }
        }
    }

    public static string Sanitize(string wanted)
    {
        var sb = new StringBuilder(wanted.Length);
        foreach (var c in wanted)
        {
            sb.Append(c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c);
        }

        var name = sb.ToString().Trim().Trim('\'').Trim();
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength];
            // Do not cut a surrogate pair in half.
            if (char.IsHighSurrogate(name[^1]))
            {
                name = name[..^1];
            }

            name = name.TrimEnd().TrimEnd('\'');
        }

        if (name.Length == 0)
        {
            name = "Sheet";
        }

        return name.Equals("History", StringComparison.OrdinalIgnoreCase) ? "History_" : name;
    }
}
