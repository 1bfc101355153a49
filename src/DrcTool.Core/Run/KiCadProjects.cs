using DrcTool.Core.Import;

namespace DrcTool.Core.Run;

/// <summary>
/// KiCad projects among the inputs. A <c>.kicad_pro</c>, or a folder whose top level holds one, is one design: the
/// project's root schematic (or its board, when the board is preferred), found by <see cref="ProjectResolver"/> as KiCad
/// names them, not guessed from the files around it.
/// </summary>
public static class KiCadProjects
{
    private const string ProjectPattern = "*.kicad_pro";

    public static DesignPreference PreferenceOf(DesignFileKind? kind) =>
        kind == DesignFileKind.Board ? DesignPreference.Board : DesignPreference.Schematic;

    public static bool IsProjectFile(string path) =>
        path.EndsWith(".kicad_pro", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

    /// <summary>
    /// The project a folder is: its top level holds one <c>.kicad_pro</c>, or several and one named like the folder.
    /// Null for any other folder (a hardware repository of boards, or a folder of several projects).
    /// </summary>
    public static KiCadProject? ProjectOfFolder(string folder)
    {
        if (!Directory.EnumerateFiles(folder, ProjectPattern).Any())
        {
            return null;
        }

        try
        {
            return ProjectResolver.Find(folder);
        }
        catch (DesignReadException)
        {
            // Several projects and none named like the folder: the folder is searched as a folder of boards.
            return null;
        }
    }

    /// <summary>
    /// Replaces the boards a folder scan found in a project's own folder with the project's design: the root schematic
    /// (or board) the project names. KiCad files at the project folder's top that are not the project's (an unused
    /// sheet, an export) become alternates; boards in subfolders and other tools' files stay boards of their own.
    /// </summary>
    public static List<BatchInput> WithProject(List<BatchInput> boards, KiCadProject project, string projectFolder, DesignPreference preference)
    {
        var chosen = project.Choose(preference);
        var top = Path.GetFullPath(projectFolder);
        var projectStem = DesignDiscovery.StemKey(project.ProjectFile ?? chosen);
        bool OfProject(BatchInput board)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(board.Path));
            var atTop = string.Equals(folder, top, StringComparison.Ordinal);
            // A same-stem copy one level down (an export/ folder) is the project's too, as the folder scan pairs them.
            var besideTop = string.Equals(Path.GetDirectoryName(folder), top, StringComparison.Ordinal);
            return (atTop && IsKiCadFile(board.Path)) || ((atTop || besideTop) && DesignDiscovery.StemKey(board.Path) == projectStem);
        }

        var absorbed = boards.Where(OfProject).ToList();
        var alternates = absorbed
            .SelectMany(b => (IEnumerable<string>)[b.Path, .. b.Alternates ?? []])
            .Concat([project.RootSchematic, project.Board])
            .OfType<string>()
            .Where(f => !SamePath(f, chosen))
            .DistinctBy(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
        var result = boards.Except(absorbed).Append(new BatchInput(chosen, null, alternates)).ToList();
        result.Sort((a, b) => StringComparer.Ordinal.Compare(a.Path, b.Path));
        return result;
    }

    private static bool IsKiCadFile(string path) =>
        path.EndsWith(".kicad_sch", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".kicad_pcb", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".net", StringComparison.OrdinalIgnoreCase);

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
