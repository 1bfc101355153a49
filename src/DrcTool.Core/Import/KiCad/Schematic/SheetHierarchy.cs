using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Expands the sheet tree from the root file: every (sheet ...) becomes an instance, and sheet files are read once
/// each, relative to the folder of the sheet that names them (as KiCad does), else to the root file's folder.
/// An explicit work list, a cycle guard and depth and size limits keep hostile hierarchies from recursing or exploding.
/// </summary>
internal sealed class SheetHierarchy
{
    public const int MaxDepth = 64;
    public const int MaxInstances = 20_000;

    /// <summary>
    /// Items (symbols, wires, labels) over all instances: a few small sheets placed thousands of times must not
    /// expand into more work than the largest real design (about 100k parts) needs.
    /// </summary>
    public const long MaxExpandedItems = 10_000_000;

    private long _expandedItems;

    private readonly Dictionary<string, SchematicFile> _files = new(StringComparer.Ordinal);
    private readonly string _folder;

    private SheetHierarchy(string rootPath)
    {
        _folder = Path.GetDirectoryName(Path.GetFullPath(rootPath)) ?? ".";
    }

    public List<SheetInstance> Instances { get; } = [];

    public static SheetHierarchy Build(string rootPath, byte[] rootContent)
    {
        var hierarchy = new SheetHierarchy(rootPath);
        var rootFile = SchematicFileParser.Parse(SExprDocument.Parse(rootPath, rootContent));
        hierarchy._files[Path.GetFullPath(rootPath)] = rootFile;
        hierarchy._expandedItems = ItemCount(rootFile);
        hierarchy.Instances.Add(new SheetInstance { Index = 0, File = rootFile, Parent = -1, Reference = null, UuidPath = string.Empty, NamePath = "/", Depth = 0 });

        // Breadth-first over a work list: the hierarchy's depth never reaches the call stack.
        for (var next = 0; next < hierarchy.Instances.Count; next++)
        {
            var parent = hierarchy.Instances[next];
            foreach (var sheet in parent.File.Sheets)
            {
                hierarchy.AddChild(parent, sheet);
            }
        }

        return hierarchy;
    }

    private void AddChild(SheetInstance parent, SheetReference sheet)
    {
        var fullPath = Locate(parent, sheet);
        if (parent.Depth + 1 > MaxDepth)
        {
            throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                $"sheet \"{sheet.FileName}\" nests deeper than {MaxDepth} levels");
        }

        for (var ancestor = parent; ; ancestor = Instances[ancestor.Parent])
        {
            if (string.Equals(Path.GetFullPath(ancestor.File.Path), fullPath, StringComparison.Ordinal))
            {
                throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                    $"sheet \"{sheet.FileName}\" contains itself (a sheet cycle through {Path.GetFileName(parent.File.Path)})");
            }

            if (ancestor.Parent < 0) break;
        }

        if (Instances.Count >= MaxInstances)
        {
            throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                $"the hierarchy has more than {MaxInstances} sheet instances");
        }

        var file = Load(fullPath, sheet);
        _expandedItems += ItemCount(file);
        if (_expandedItems > MaxExpandedItems)
        {
            throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                $"the hierarchy expands to more than {MaxExpandedItems} symbols, wires and labels");
        }

        Instances.Add(new SheetInstance
        {
            Index = Instances.Count,
            File = file,
            Parent = parent.Index,
            Reference = sheet,
            UuidPath = parent.UuidPath + "/" + sheet.Uuid,
            NamePath = parent.NamePath + sheet.Name + "/",
            Depth = parent.Depth + 1,
        });
    }

    private static long ItemCount(SchematicFile file) =>
        (long)file.Symbols.Count + file.Wires.Count + file.Buses.Count + file.Labels.Count + file.Sheets.Count + 1;

    /// <summary>
    /// KiCad resolves a relative sheet file from the folder of the sheet that names it (so sheets can sit in
    /// sub-folders); a file found only beside the root schematic is accepted too.
    /// </summary>
    private string Locate(SheetInstance parent, SheetReference sheet)
    {
        var relative = sheet.FileName.Replace('\\', '/');
        var parentFolder = Path.GetDirectoryName(Path.GetFullPath(parent.File.Path)) ?? _folder;
        var besideParent = Path.GetFullPath(Path.Combine(parentFolder, relative));
        if (File.Exists(besideParent)) return besideParent;
        var besideRoot = Path.GetFullPath(Path.Combine(_folder, relative));
        return File.Exists(besideRoot) ? besideRoot : besideParent;
    }

    private SchematicFile Load(string fullPath, SheetReference sheet)
    {
        if (_files.TryGetValue(fullPath, out var cached)) return cached;
        byte[] content;
        try
        {
            if (!File.Exists(fullPath))
            {
                throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                    $"sheet file \"{sheet.FileName}\" not found (looked for {fullPath})");
            }

            content = ReadBounded(fullPath, sheet);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                $"cannot read sheet file \"{sheet.FileName}\": {ex.Message}", ex);
        }

        var file = SchematicFileParser.Parse(SExprDocument.Parse(fullPath, content));
        _files[fullPath] = file;
        return file;
    }

    /// <summary>
    /// Reads at most the loader's size limit. A sheet path can name anything (a device such as /dev/zero reports
    /// length 0 and never ends), so the limit is enforced while reading, not from the reported length.
    /// </summary>
    private static byte[] ReadBounded(string fullPath, SheetReference sheet)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > DesignLoader.MaxFileBytes)
            {
                throw new DesignReadException(sheet.Location.File, sheet.Location.Line, sheet.Location.Column,
                    $"sheet file \"{sheet.FileName}\" is over the {DesignLoader.MaxFileBytes}-byte limit");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
