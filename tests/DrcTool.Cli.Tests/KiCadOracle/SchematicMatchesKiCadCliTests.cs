using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Cli.Tests.KiCadOracle;

/// <summary>
/// The differential test against KiCad itself: for every root schematic of KiCad 9's demo projects, of
/// ../shared/kicad-demos (KiCad 6) and of the real KiCad 7–9 projects in ../shared/kicad-projects,
/// <c>drctool netlist --format json</c> has the same (ref, pin) nodes on the same nets as
/// <c>kicad-cli sch export netlist</c>, each net under KiCad's name.
/// </summary>
public sealed class SchematicMatchesKiCadCliTests(ITestOutputHelper output)
{
    private static readonly Lazy<bool> Prefetched = new(() =>
    {
        // Start every export now, two at a time, so the theory's cases find theirs done.
        KiCadCli.Prefetch(AllRoots().Select(r => r.Path));
        return true;
    });

    public static TheoryData<string, string> KiCadDemos => Rows("kicad9-demos");

    public static TheoryData<string, string> SharedProjects => Rows("kicad-projects");

    public static TheoryData<string, string> SharedDemos => Rows("kicad-demos");

    [KiCadCliTheory("demos")]
    [MemberData(nameof(KiCadDemos))]
    public void KiCad_9_demo_equals_kicad_cli(string set, string root) => AssertSameNetlist(set, root);

    [KiCadCliTheory("shared")]
    [MemberData(nameof(SharedProjects))]
    public void Real_KiCad_7_to_9_project_equals_kicad_cli(string set, string root) => AssertSameNetlist(set, root);

    [KiCadCliTheory("shared")]
    [MemberData(nameof(SharedDemos))]
    public void KiCad_6_demo_equals_kicad_cli(string set, string root) => AssertSameNetlist(set, root);

    /// <summary>The 36 KiCad 9 demo roots are all found: a packaging change must not silently shrink the suite.</summary>
    [KiCadCliTheory("demos")]
    [InlineData(36)]
    public void Every_KiCad_9_demo_root_is_compared(int expected) =>
        AllRoots().Count(r => r.Set == "kicad9-demos").ShouldBe(expected);

    private void AssertSameNetlist(string set, string root)
    {
        _ = Prefetched.Value;
        var path = Path.Combine(Folder(set)!, root);
        var kicad = OracleNetlist.FromKiCadNet(KiCadCli.Netlist(path));
        var run = CliRun.Of("netlist", path, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var ours = OracleNetlist.FromDrcToolJson(run.Json);

        var difference = NetlistDifference.Compare(kicad, ours, pinNamesAsKiCad6: set == "kicad-demos");

        output.WriteLine($"{set}/{root}: {difference.Summary}");
        foreach (var line in difference.Connectivity.Concat(difference.Names)) output.WriteLine(line);
        kicad.Nets.Count.ShouldBeGreaterThan(0);
        if (KnownDifferences.TryGetValue($"{set}/{root}", out var known))
        {
            // Not yet equal: the differences may shrink, never grow. When they reach zero, the entry goes.
            output.WriteLine($"known difference ({known.Why}): at most {known.Connectivity} connectivity, {known.Names} names");
            difference.Connectivity.Count.ShouldBeLessThanOrEqualTo(known.Connectivity, difference.Summary);
            difference.Names.Count.ShouldBeLessThanOrEqualTo(known.Names, difference.Summary);
            difference.None.ShouldBeFalse($"{set}/{root} now equals kicad-cli: take it out of KnownDifferences");
            return;
        }

        difference.None.ShouldBeTrue($"{set}/{root}: {difference.Summary}");
    }

    /// <summary>Roots that do not equal kicad-cli yet, with how many nets differ at most and why.</summary>
    private static readonly Dictionary<string, (int Connectivity, int Names, string Why)> KnownDifferences = new(StringComparer.Ordinal)
    {
    };

    private static TheoryData<string, string> Rows(string set)
    {
        var data = new TheoryData<string, string>();
        foreach (var (rowSet, path) in AllRoots())
        {
            if (rowSet == set) data.Add(set, Path.GetRelativePath(Folder(set)!, path));
        }

        // Where the folder is missing the theory is skipped; a row keeps xUnit from calling a skipped theory empty.
        if (data.Count == 0) data.Add(set, "(none found)");
        return data;
    }

    private static IEnumerable<(string Set, string Path)> AllRoots()
    {
        foreach (var set in new[] { "kicad9-demos", "kicad-projects", "kicad-demos" })
        {
            if (Folder(set) is not { } folder) continue;
            foreach (var root in KiCadCli.ProjectRoots(folder)) yield return (set, root);
        }
    }

    private static string? Folder(string set) => set switch
    {
        "kicad9-demos" => KiCadCli.DemosFolder,
        _ => RepoPaths.SharedAvailable ? RepoPaths.SharedFile(set) : null,
    };
}
