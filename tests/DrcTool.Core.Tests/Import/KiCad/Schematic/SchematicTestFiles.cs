using DrcTool.Core.Import.KiCad.Schematic;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>The project's own small schematics (KiCad 8 and 9 syntax) beside these tests, and helpers to read them.</summary>
internal static class SchematicTestFiles
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "DrcTool.Core.Tests", "Import", "KiCad", "Schematic", "Data");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static Design Read(string name)
    {
        var path = PathOf(name);
        return new KiCadSchematicReader().Read(path, File.ReadAllBytes(path));
    }

    /// <summary>The net holding <paramref name="pad"/> ("R1.2") as "NAME: REF.PAD REF.PAD ...".</summary>
    public static string NetOf(this Design design, string pad)
    {
        var dot = pad.IndexOf('.');
        var net = design.NetOf(pad[..dot], pad[(dot + 1)..]) ?? throw new ShouldAssertException($"{pad} is on no net");
        return $"{net.Name}: {string.Join(' ', net.Nodes)}";
    }
}
