namespace DrcTool.Core.Import;

/// <summary>Which file of a KiCad project to check when it has both a schematic and a board.</summary>
public enum DesignPreference
{
    Schematic,
    Board,
}

/// <summary>The files of one KiCad project: its root schematic and its board, either of which may be missing.</summary>
public sealed record KiCadProject(string? ProjectFile, string? RootSchematic, string? Board)
{
    /// <summary>The file to read: the preferred one when both exist, else the one there is.</summary>
    public string Choose(DesignPreference preference) => preference switch
    {
        DesignPreference.Board => Board ?? RootSchematic!,
        _ => RootSchematic ?? Board!,
    };
}

/// <summary>
/// Turns a KiCad project file (<c>.kicad_pro</c>) or a folder into the design file to read. KiCad names the root
/// schematic and the board after the project (<c>name.kicad_pro</c> → <c>name.kicad_sch</c>, <c>name.kicad_pcb</c>);
/// other sheets of the hierarchy are found from the root schematic itself.
/// </summary>
public static class ProjectResolver
{
    private const string ProjectExtension = ".kicad_pro";
    private const string SchematicExtension = ".kicad_sch";
    private const string BoardExtension = ".kicad_pcb";

    /// <summary>True for a folder or a <c>.kicad_pro</c>: inputs that name a project rather than a design file.</summary>
    public static bool IsProjectInput(string path) =>
        Directory.Exists(path) || path.EndsWith(ProjectExtension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The design file to load for <paramref name="path"/>; a design file is returned unchanged.</summary>
    /// <exception cref="DesignReadException">The project or folder holds no schematic or board, or is ambiguous.</exception>
    public static string Resolve(string path, DesignPreference preference) =>
        IsProjectInput(path) ? Find(path).Choose(preference) : path;

    /// <summary>The project's root schematic and board.</summary>
    public static KiCadProject Find(string path)
    {
        if (Directory.Exists(path)) return FromFolder(path);
        if (!File.Exists(path)) throw new DesignReadException(path, 0, 0, "project file not found");
        return FromProjectFile(path);
    }

    private static KiCadProject FromProjectFile(string projectFile)
    {
        // Relative stays relative, so messages and reports name the files as the user named the project.
        var folder = Path.GetDirectoryName(projectFile) ?? string.Empty;
        var stem = Path.GetFileNameWithoutExtension(projectFile);
        var schematic = Existing(Path.Combine(folder, stem + SchematicExtension));
        var board = Existing(Path.Combine(folder, stem + BoardExtension));
        if (schematic is null && board is null)
        {
            throw new DesignReadException(projectFile, 0, 0,
                $"the project has neither {stem}{SchematicExtension} nor {stem}{BoardExtension} beside it");
        }

        return new KiCadProject(projectFile, schematic, board);
    }

    private static KiCadProject FromFolder(string folder)
    {
        var projects = Sorted(Directory.GetFiles(folder, "*" + ProjectExtension));
        if (projects.Count == 1) return FromProjectFile(projects[0]);
        if (projects.Count > 1)
        {
            // Several projects: the one named like its folder is the folder's project (KiCad's own convention).
            var folderName = new DirectoryInfo(folder).Name;
            var named = projects.Find(p => string.Equals(Path.GetFileNameWithoutExtension(p), folderName, StringComparison.Ordinal));
            if (named is not null) return FromProjectFile(named);
            throw new DesignReadException(folder, 0, 0,
                $"the folder holds {projects.Count} KiCad projects ({string.Join(", ", projects.Select(Path.GetFileName))}); name the .kicad_pro to check");
        }

        // No project file: pair a board with the schematic of the same name, or take the only one of each.
        var boards = Sorted(Directory.GetFiles(folder, "*" + BoardExtension));
        var schematics = Sorted(Directory.GetFiles(folder, "*" + SchematicExtension));
        if (boards.Count == 1)
        {
            var stem = Path.GetFileNameWithoutExtension(boards[0]);
            var paired = schematics.Find(s => Path.GetFileNameWithoutExtension(s) == stem) ?? (schematics.Count == 1 ? schematics[0] : null);
            return new KiCadProject(null, paired, boards[0]);
        }

        if (boards.Count == 0 && schematics.Count == 1) return new KiCadProject(null, schematics[0], null);
        if (boards.Count == 0 && schematics.Count == 0)
        {
            throw new DesignReadException(folder, 0, 0, "the folder holds no KiCad project (.kicad_pro), schematic or board");
        }

        throw new DesignReadException(folder, 0, 0,
            $"the folder holds several KiCad designs and no .kicad_pro to say which is the project ({string.Join(", ", boards.Concat(schematics).Select(Path.GetFileName))})");
    }

    private static string? Existing(string path) => File.Exists(path) ? path : null;

    private static List<string> Sorted(string[] files)
    {
        var list = files.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}
