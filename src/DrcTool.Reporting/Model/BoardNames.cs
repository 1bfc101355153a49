namespace DrcTool.Reporting.Model;

/// <summary>
/// Short names for the boards of a run, for tables a person scans: the file name without its extension, and only
/// where two boards would share it, as much of the folder path as tells them apart.
/// </summary>
public sealed class BoardNames
{
    private readonly Dictionary<DesignReport, string> _names = new(ReferenceEqualityComparer.Instance);

    public BoardNames(IEnumerable<DesignReport> designs)
    {
        var list = designs.ToList();
        var segments = new Dictionary<DesignReport, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        var depth = new Dictionary<DesignReport, int>(ReferenceEqualityComparer.Instance);
        foreach (var design in list)
        {
            segments[design] = Segments(design);
            depth[design] = 1;
        }

        // Lengthen the names that clash, one folder at a time, until they differ or a path runs out.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var clash in list.GroupBy(d => Name(segments[d], depth[d]), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                foreach (var design in clash.Where(d => depth[d] < segments[d].Count))
                {
                    depth[design]++;
                    changed = true;
                }
            }
        }

        foreach (var design in list)
        {
            _names[design] = Name(segments[design], depth[design]);
        }

        // Boards named twice on the command line keep their clash: number them so every name is unique.
        foreach (var clash in list.GroupBy(d => _names[d], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var n = 1;
            foreach (var design in clash)
            {
                _names[design] = $"{_names[design]} #{n++}";
            }
        }
    }

    public string Of(DesignReport design) => _names.TryGetValue(design, out var name) ? name : Path.GetFileNameWithoutExtension(design.File);

    /// <summary>The file's stem, then its folders from the nearest up; the extension is kept when the stem alone clashes.</summary>
    private static IReadOnlyList<string> Segments(DesignReport design)
    {
        var parts = design.File.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string> { Path.GetFileNameWithoutExtension(design.File), Path.GetFileName(design.File) };
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            result.Add(parts[i]);
        }

        return result;
    }

    private static string Name(IReadOnlyList<string> segments, int depth)
    {
        // Depth 1: the stem; 2: the file name with extension; beyond: folders in front of the file name.
        if (depth <= 1)
        {
            return segments[0];
        }

        var folders = segments.Skip(2).Take(depth - 2).Reverse();
        return string.Join("/", folders.Append(segments[1]));
    }
}
