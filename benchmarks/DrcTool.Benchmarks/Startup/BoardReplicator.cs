using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DrcTool.Benchmarks.Startup;

/// <summary>
/// A larger copy of a real KiCad board: its top-level footprints repeated <c>times</c> over, each copy's references
/// renumbered (R12 becomes R1012, R2012, ...) and its UUIDs made new, so both KiCad and drctool load a real board's
/// parts at that multiple. Tracks, zones and drawings stay as they are; pads keep their nets.
/// </summary>
internal static partial class BoardReplicator
{
    public static string Write(string board, int times, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(board)}-x{times}.kicad_pcb");
        var text = File.ReadAllText(board);
        var footprints = TopLevelFootprints(text);
        var end = text.LastIndexOf(')');
        var result = new StringBuilder(text.Length * times);
        result.Append(text, 0, end);
        for (var copy = 1; copy < times; copy++)
        {
            var index = 0;
            foreach (var (start, length) in footprints)
            {
                var footprint = text.Substring(start, length);
                footprint = Reference().Replace(footprint, m => m.Groups[1].Value + Renumber(m.Groups[2].Value, copy) + "\"");
                footprint = Uuid().Replace(footprint, m => m.Groups[1].Value + NewUuid(copy, index++) + "\"");
                result.Append('\t').Append(footprint).Append('\n');
            }
        }

        result.Append(text, end, text.Length - end);
        File.WriteAllText(path, result.ToString(), new UTF8Encoding(false));
        return path;
    }

    /// <summary>(start, length) of each <c>(footprint ...)</c> directly under <c>(kicad_pcb ...)</c>.</summary>
    private static List<(int Start, int Length)> TopLevelFootprints(string text)
    {
        var found = new List<(int, int)>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    // Skip the quoted string, honouring backslash escapes.
                    for (i++; i < text.Length && text[i] != '"'; i++)
                    {
                        if (text[i] == '\\') i++;
                    }

                    break;
                case '(':
                    depth++;
                    if (depth == 2 && string.CompareOrdinal(text, i + 1, "footprint", 0, 9) == 0) start = i;
                    break;
                case ')':
                    if (depth == 2 && start >= 0)
                    {
                        found.Add((start, i + 1 - start));
                        start = -1;
                    }

                    depth--;
                    break;
            }
        }

        return found;
    }

    private static string Renumber(string reference, int copy)
    {
        var match = Designator().Match(reference);
        return match.Success
            ? match.Groups[1].Value + (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1000 * copy).ToString(CultureInfo.InvariantCulture) + match.Groups[3].Value
            : $"{reference}_{copy}";
    }

    private static string NewUuid(int copy, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{copy:x8}-0000-4000-8000-{index:x12}");

    [GeneratedRegex(@"(\(property ""Reference"" "")([^""]*)""")]
    private static partial Regex Reference();

    [GeneratedRegex(@"(\((?:uuid|tstamp) "")([^""]*)""")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"^([A-Za-z#_]+)(\d+)(.*)$")]
    private static partial Regex Designator();
}
