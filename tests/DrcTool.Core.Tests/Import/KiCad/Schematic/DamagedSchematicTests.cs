using DrcTool.Core.Import;
using DrcTool.Core.Import.KiCad.Schematic;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// Damaged copies of the project's own schematics: each is either read or refused with a DesignReadException,
/// never another exception. The copies sit beside the originals' sub-sheets so the hierarchy is followed too.
/// </summary>
public sealed class DamagedSchematicTests
{
    [Theory]
    [InlineData("k8_hierarchy.kicad_sch", 1)]
    [InlineData("k8_hierarchy.kicad_sch", 2)]
    [InlineData("k9_buses.kicad_sch", 3)]
    [InlineData("child.kicad_sch", 4)]
    public void Damaged_input_is_read_or_refused_with_a_located_error(string file, int seed)
    {
        var path = SchematicTestFiles.PathOf(file);
        var original = File.ReadAllBytes(path);
        var random = new Random(seed);
        var unexpected = new List<string>();
        var refused = 0;
        for (var i = 0; i < 150; i++)
        {
            var damaged = Damage(original, random);
            try
            {
                new KiCadSchematicReader().Read(path, damaged);
            }
            catch (DesignReadException ex)
            {
                refused++;
                ex.File.ShouldNotBeNullOrEmpty();
            }
            catch (Exception ex)
            {
                unexpected.Add($"mutation {i}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        unexpected.ShouldBeEmpty();
        refused.ShouldBeGreaterThan(0);
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var edits = 1 + random.Next(12);
        var kind = random.Next(4);
        for (var k = 0; k < edits && bytes.Count > 0; k++)
        {
            var at = random.Next(bytes.Count);
            switch (kind)
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    return [.. bytes];
                case 1:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 2:
                    bytes.Insert(at, (byte)"()\" -.09e"[random.Next(9)]);
                    break;
                default:
                    bytes.RemoveAt(at);
                    break;
            }
        }

        return [.. bytes];
    }
}
