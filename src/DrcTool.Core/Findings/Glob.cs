using DrcTool.Core.Model;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace DrcTool.Core.Findings;

/// <summary>Shell-style globs for names in the config: '*' any run, '?' one character; case-insensitive.</summary>
public static class Glob
{
    // Waivers and cuttable-rail patterns are matched against every finding and every net: build each pattern's regex
    // once, not per comparison. A config holds a handful of patterns, so the cache stays small.
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    public static bool IsMatch(string pattern, string text)
    {
        if (pattern.IndexOfAny(['*', '?']) < 0)
        {
            return string.Equals(pattern, text, StringComparison.OrdinalIgnoreCase);
        }

        return Compiled.GetOrAdd(pattern, ToRegex).IsMatch(text);
    }

    public static Regex ToRegex(string pattern)
    {
        var text = new StringBuilder("^", pattern.Length + 8);
        foreach (var c in pattern)
        {
            text.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        text.Append('$');
        return new Regex(text.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, PatternTimeout.PerMatch);
    }
}
