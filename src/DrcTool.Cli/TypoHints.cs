using System.CommandLine;

namespace DrcTool.Cli;

/// <summary>
/// The commands or options a mistyped word was probably meant to be: the closest by edit distance (a swap of two
/// letters counts once), within a third of the word's length, or the ones it is the start of.
/// </summary>
internal static class TypoHints
{
    public static IReadOnlyList<string> Suggest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.Trim();
        if (word.Length == 0)
        {
            return [];
        }

        var limit = Math.Max(1, word.TrimStart('-').Length / 3);
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(word, c)))
            .Where(x => x.Distance <= limit || (word.TrimStart('-').Length >= 3 && x.Candidate.StartsWith(word, StringComparison.Ordinal)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .ToList();
        return scored.Count == 0 ? [] : scored.Where(x => x.Distance == scored[0].Distance).Select(x => x.Candidate).Take(3).ToList();
    }

    /// <summary>
    /// An option-looking path argument (<c>--fial-on</c>) that names no file is a mistyped option, not a design: a
    /// usage error naming the options it may have meant.
    /// </summary>
    public static void RejectUnknownOptions(Argument<string[]> paths, Command command)
    {
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                if (token.Length > 1 && token[0] == '-' && !File.Exists(token) && !Directory.Exists(token))
                {
                    var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name));
                    var hint = Suggest(token, options) is { Count: > 0 } close ? $"; did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?" : string.Empty;
                    result.AddError($"unknown option '{token}'{hint}");
                }
            }
        });
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
