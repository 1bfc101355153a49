using DrcTool.Core.Model;
using System.Text;
using System.Text.RegularExpressions;

namespace DrcTool.Core.Run;

/// <summary>
/// Expands a glob argument (for shells that don't, and for quoted globs in CI): <c>*</c> and <c>?</c> within one path
/// segment, <c>**</c> across folders, <c>[abc]</c> a character class. Matching is on '/'-separated paths relative
/// to the glob's fixed leading folder.
/// </summary>
public static class PathGlob
{
    public static bool IsGlob(string argument) => argument.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>The files the glob matches, in ordinal order; folders it matches are returned as folders.</summary>
    public static IReadOnlyList<string> Expand(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        var fixedCount = 0;
        while (fixedCount < segments.Length - 1 && !IsGlob(segments[fixedCount]))
        {
            fixedCount++;
        }

        var root = fixedCount == 0 ? "." : string.Join('/', segments.Take(fixedCount));
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = ToRegex(string.Join('/', segments.Skip(fixedCount)));
        var recursive = segments.Skip(fixedCount).Count() > 1 || normalized.Contains("**", StringComparison.Ordinal);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            MatchType = MatchType.Simple,
        };
        var matches = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            if (regex.IsMatch(relative))
            {
                matches.Add(root == "." ? relative : Path.Combine(root, relative));
            }
        }

        matches.Sort(StringComparer.Ordinal);
        return matches;
    }

    public static Regex ToRegex(string glob)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" matches zero or more folders; a trailing "**" anything below.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 1) is var close and > 0)
            {
                var body = glob[(i + 1)..close];
                sb.Append('[').Append(body.StartsWith('!') ? "^" + Regex.Escape(body[1..]) : Regex.Escape(body)).Append(']');
                i = close;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        sb.Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, PatternTimeout.PerMatch);
    }
}
