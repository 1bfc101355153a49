using System.Text;
using System.Text.RegularExpressions;
using DrcTool.Core.Import;

namespace DrcTool.Core.Run;

/// <summary>One design the batch will check, or an argument that named nothing checkable.</summary>
/// <param name="Path">The file to check (or the argument, when <paramref name="Problem"/> is set).</param>
/// <param name="Problem">Why the argument gave no design (missing path, empty folder); reported as a design error.</param>
/// <param name="Alternates">Other files of the same board that were not checked (the board, a KiCad conversion…).</param>
public sealed record BatchInput(string Path, string? Problem = null, IReadOnlyList<string>? Alternates = null);

/// <summary>
/// Turns <c>drctool check</c> arguments (files, folders, globs) into the designs to check: one design per board.
/// docs/batch-runs.md states the rules; in short:
/// <list type="bullet">
/// <item>A file named on the command line is checked as it is; a KiCad project (<c>.kicad_pro</c>), or a folder whose
/// top level holds one, is the project's root schematic (or board), as <see cref="KiCadProjects"/> resolves it.</item>
/// <item>Folders are searched recursively, and globs expanded, for .kicad_sch, .sch, .kicad_pcb, .brd and .net files.
/// Libraries (.lbr, .kicad_sym, .kicad_mod) are never designs. Hidden folders, bin/obj/node_modules, KiCad's
/// <c>*-backups</c> folders and <c>_autosave-*</c>, <c>~*</c>, <c>*.bak</c> files are skipped, and so are KiCad 5
/// legacy schematics and other tools' netlists, which DrcTool cannot read.</item>
/// <item>KiCad sub-sheets (a .kicad_sch that another schematic names as its sheet file) are part of their root.</item>
/// <item>Files of one board share a stem (case, spaces, '_', '-' and '.' ignored) in one folder or in that folder and
/// a direct subfolder (KiCad's <c>kicad6/</c> conversion of an Eagle board). Of a board's files one is checked: the
/// schematic, else the board, else the netlist (<c>--prefer board</c> or <c>prefer: board</c> in drctool.yaml swaps the
/// first two); at a tie the file nearer the top (the original, not the conversion), then by name.</item>
/// </list>
/// </summary>
public sealed partial class DesignDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", "node_modules", ".git", ".svn", ".hg", ".history",
    };

    private readonly Func<string, DesignFileKind?> _preferFor;

    /// <param name="preferFor">For a folder, the kind to check first when a board has several files (from --prefer or
    /// the folder's drctool.yaml); null for the default (schematic).</param>
    public DesignDiscovery(Func<string, DesignFileKind?>? preferFor = null)
    {
        _preferFor = preferFor ?? (_ => null);
    }

    public IReadOnlyList<BatchInput> Discover(IEnumerable<string> arguments)
    {
        var inputs = new List<BatchInput>();
        var seen = new HashSet<string>(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

        void Add(BatchInput input)
        {
            if (input.Problem is not null || seen.Add(Path.GetFullPath(input.Path)))
            {
                inputs.Add(input);
            }
        }

        foreach (var argument in arguments)
        {
            if (KiCadProjects.IsProjectFile(argument))
            {
                Add(ProjectInput(argument));
            }
            else if (File.Exists(argument))
            {
                Add(new BatchInput(argument));
            }
            else if (Directory.Exists(argument))
            {
                var found = Boards(ScanFolder(argument));
                if (KiCadProjects.ProjectOfFolder(argument) is { } project)
                {
                    found = KiCadProjects.WithProject(found, project, argument, KiCadProjects.PreferenceOf(_preferFor(Path.GetFullPath(argument))));
                }

                if (found.Count == 0)
                {
                    Add(new BatchInput(argument, "no KiCad or Eagle design (.kicad_sch, .sch, .kicad_pcb, .brd, .net) in this folder"));
                }

                found.ForEach(Add);
            }
            else if (PathGlob.IsGlob(argument))
            {
                var files = new List<string>();
                foreach (var match in PathGlob.Expand(argument).Where(m => !InSkippedFolder(m, argument)))
                {
                    files.AddRange(Directory.Exists(match) ? ScanFolder(match) : IsCandidate(match) ? [match] : []);
                }

                var found = Boards(files);
                if (found.Count == 0)
                {
                    Add(new BatchInput(argument, "the pattern matches no KiCad or Eagle design"));
                }

                found.ForEach(Add);
            }
            else
            {
                Add(new BatchInput(argument, "file not found"));
            }
        }

        return inputs;
    }

    /// <summary>A <c>.kicad_pro</c>: its root schematic, or its board when preferred (see <see cref="KiCadProjects"/>).</summary>
    private BatchInput ProjectInput(string projectFile)
    {
        try
        {
            var project = ProjectResolver.Find(projectFile);
            var folder = Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
            var chosen = project.Choose(KiCadProjects.PreferenceOf(_preferFor(folder)));
            return new BatchInput(chosen, null, new[] { project.RootSchematic, project.Board }.OfType<string>().Where(f => f != chosen).ToList());
        }
        catch (DesignReadException ex)
        {
            return new BatchInput(projectFile, ex.Reason);
        }
    }

    /// <summary>True when a glob match lies in a folder a scan skips (.git, bin, *-backups…) that the glob does not name.</summary>
    private static bool InSkippedFolder(string match, string glob)
    {
        var folders = match.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries)[..^1];
        return folders.Any(f => f is not "." and not ".." && IsSkippedFolder(f) && !glob.Contains(f, StringComparison.Ordinal));
    }

    private static bool IsSkippedFolder(string name) =>
        name.StartsWith('.') || SkippedFolders.Contains(name) || name.EndsWith("-backups", StringComparison.OrdinalIgnoreCase);

    /// <summary>Candidate design files below a folder, in ordinal order, with the skip rules applied.</summary>
    public static List<string> ScanFolder(string folder)
    {
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    var isLink = new DirectoryInfo(entry).LinkTarget is not null;
                    if (!isLink && !IsSkippedFolder(name))
                    {
                        pending.Push(entry);
                    }
                }
                else if (IsCandidate(entry))
                {
                    files.Add(entry);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>True for a file a folder scan would check: a design extension, not a backup, not a format DrcTool does not read.</summary>
    public static bool IsCandidate(string path)
    {
        var name = Path.GetFileName(path);
        if (DesignFileKinds.Of(path) is not { } kind || name.StartsWith('.') || name.StartsWith('~') || name.StartsWith('#')
            || name.StartsWith("_autosave-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var head = Head(path);
        // KiCad 5 schematics share Eagle's .sch; other tools' netlists share .net. Neither is a format DrcTool reads.
        return !(kind == DesignFileKind.Schematic && path.EndsWith(".sch", StringComparison.OrdinalIgnoreCase) && head.StartsWith("EESchema", StringComparison.Ordinal))
               && !(kind == DesignFileKind.Netlist && head.Length > 0 && head[0] is not '(' and not '<');
    }

    /// <summary>Groups candidate files into boards and picks one file per board.</summary>
    public List<BatchInput> Boards(IReadOnlyList<string> files)
    {
        var subSheets = SubSheets(files);
        var candidates = files.Where(f => !subSheets.Contains(Path.GetFullPath(f))).Distinct().ToList();
        var stemsByFolder = candidates
            .GroupBy(f => FolderOf(f))
            .ToDictionary(g => g.Key, g => g.Select(StemKey).ToHashSet(), StringComparer.Ordinal);

        string BoardFolder(string file)
        {
            // A copy in a direct subfolder (kicad6/, export/) of a board whose files sit in the parent is the same board.
            var folder = FolderOf(file);
            var parent = Path.GetDirectoryName(folder);
            return parent is not null && stemsByFolder.TryGetValue(parent, out var stems) && stems.Contains(StemKey(file))
                ? parent
                : folder;
        }

        var boards = new List<BatchInput>();
        foreach (var board in candidates.GroupBy(f => (Folder: BoardFolder(f), Stem: StemKey(f))).OrderBy(g => g.First(), StringComparer.Ordinal))
        {
            var prefer = _preferFor(board.Key.Folder);
            var ordered = board
                .OrderBy(f => Rank(DesignFileKinds.Of(f)!.Value, prefer))
                .ThenBy(f => FolderOf(f).Length)
                .ThenBy(f => f, StringComparer.Ordinal)
                .ToList();
            boards.Add(new BatchInput(ordered[0], null, ordered.Skip(1).ToList()));
        }

        boards.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return boards;
    }

    private static int Rank(DesignFileKind kind, DesignFileKind? prefer) => kind switch
    {
        _ when kind == prefer => 0,
        DesignFileKind.Schematic => 1,
        DesignFileKind.Board => 2,
        _ => 3,
    };

    private static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? string.Empty;

    /// <summary>"Carrier Board", "Carrier_Board" and "carrier-board" are one board.</summary>
    public static string StemKey(string file)
    {
        var sb = new StringBuilder();
        foreach (var c in Path.GetFileNameWithoutExtension(file))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Schematics another schematic names as a sheet file: they are read as part of their root.</summary>
    private static HashSet<string> SubSheets(IReadOnlyList<string> files)
    {
        var subSheets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.EndsWith(".kicad_sch", StringComparison.OrdinalIgnoreCase)))
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (Match match in SheetFileProperty().Matches(text))
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
                var sheet = Path.GetFullPath(Path.Combine(folder, match.Groups[1].Value.Replace('\\', '/')));
                if (!string.Equals(sheet, Path.GetFullPath(file), StringComparison.Ordinal))
                {
                    subSheets.Add(sheet);
                }
            }
        }

        return subSheets;
    }

    private static string Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[64];
            var read = stream.Read(buffer, 0, buffer.Length);
            return Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable: keep it as a candidate so the run reports it.
            return "(";
        }
    }

    [GeneratedRegex("\\(property\\s+\"Sheet\\s?file\"\\s+\"([^\"]+)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SheetFileProperty();
}
