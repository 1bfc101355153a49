using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Cli.Tests.KiCadOracle;

/// <summary>
/// Small schematics of our own for what no real project shows (text markup and escapes in labels and pin names, a
/// no-connect pin type with a wire to it, a no-connect flag on a wired pin, a one-member range, an invisible power
/// pin, KiCad 6 sheet fields in French), each beside the netlist kicad-cli 9 exported from it
/// (<c>NAME.kicad-cli.net</c>). DrcTool must give that netlist everywhere; where kicad-cli is installed, it must still
/// export it, so the expected answer stays KiCad's own.
/// </summary>
public sealed class OwnSchematicsMatchKiCadCliTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "DrcTool.Cli.Tests", "KiCadOracle", "Schematics");

    public static TheoryData<string> Schematics
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Schematics))]
    public void DrcTool_gives_the_netlist_kicad_cli_exported(string name)
    {
        var expected = OracleNetlist.FromKiCadNet(Path.Combine(Folder, name, name + ".kicad-cli.net"));
        var run = CliRun.Of("netlist", Path.Combine(Folder, name, name + ".kicad_sch"), "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);

        var difference = NetlistDifference.Compare(expected, OracleNetlist.FromDrcToolJson(run.Json));

        output.WriteLine(difference.Summary);
        expected.Nets.Count.ShouldBeGreaterThan(0);
        difference.None.ShouldBeTrue(difference.Summary);
    }

    [KiCadCliTheory]
    [MemberData(nameof(Schematics))]
    public void Kicad_cli_still_exports_the_committed_netlist(string name)
    {
        var committed = OracleNetlist.FromKiCadNet(Path.Combine(Folder, name, name + ".kicad-cli.net"));
        var fresh = OracleNetlist.FromKiCadNet(KiCadCli.Netlist(Path.Combine(Folder, name, name + ".kicad_sch")));

        var difference = NetlistDifference.Compare(fresh, committed);

        output.WriteLine(difference.Summary);
        difference.None.ShouldBeTrue(difference.Summary);
        fresh.Nets.Count.ShouldBe(committed.Nets.Count);
    }
}
