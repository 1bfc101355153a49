using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// The sample boards committed as KiCad 8 schematics beside their netlist exports (the reference board and one
/// violating board). Each is what <see cref="SchematicWriter"/> draws from the netlist (UPDATE_SAMPLES=1 rewrites it),
/// and reading it gives the netlist's pin map and findings. The violating board's schematic also has its own golden
/// file (with the schematic's line numbers), checked by Rules/SampleBoardGoldenTests.
/// </summary>
public sealed class CommittedSampleSchematicTests(ITestOutputHelper output)
{
    /// <summary>The netlists drawn as committed schematics, with the title each schematic carries.</summary>
    private static readonly Dictionary<string, string> Drawn = new(StringComparer.Ordinal)
    {
        ["reference-board/reference-board.net"] = "DrcTool reference B-SoM base board",
        ["violations/DRC010-5v-on-signal/DRC010-5v-on-signal.net"] = "DrcTool sample: DRC010 5 V on a signal pin",
    };

    public static TheoryData<string> Netlists() => [.. Drawn.Keys.Order(StringComparer.Ordinal)];

    private static string NetlistPath(string relative) => Path.Combine(RepoPaths.SampleBoards, relative);

    private static string SchematicPath(string relative) => Path.ChangeExtension(NetlistPath(relative), ".kicad_sch");

    [Theory]
    [MemberData(nameof(Netlists))]
    public void Committed_schematic_is_what_the_writer_draws_from_the_netlist(string relative)
    {
        var netlist = DesignLoader.Default.Load(NetlistPath(relative));
        var drawn = SchematicWriter.Write(netlist, Path.GetFileNameWithoutExtension(relative), Drawn[relative]);
        var path = SchematicPath(relative);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1")
        {
            File.WriteAllText(path, drawn);
            return;
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; run the tests with UPDATE_SAMPLES=1 to draw it");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(drawn, $"{path} differs from what SchematicWriter draws; UPDATE_SAMPLES=1 redraws it");
    }

    [Theory]
    [MemberData(nameof(Netlists))]
    public void Committed_schematic_gives_the_netlists_pin_map_and_findings(string relative)
    {
        var fromNetlist = DesignChecker.Check(DesignLoader.Default.Load(NetlistPath(relative)), CheckOptions.Default);
        var schematic = DesignLoader.Default.Load(SchematicPath(relative));
        var fromSchematic = DesignChecker.Check(schematic, CheckOptions.Default);

        schematic.Format.ShouldBe(DesignFormat.KiCadSchematic);
        fromSchematic.Binding.ShouldNotBeNull();
        PinMap(fromSchematic).Count.ShouldBeGreaterThanOrEqualTo(67);
        PinMap(fromSchematic).ShouldBe(PinMap(fromNetlist));
        Describe(fromSchematic.Findings).ForEach(output.WriteLine);
        Describe(fromSchematic.Findings).ShouldBe(Describe(fromNetlist.Findings));
    }

    [Fact]
    public void Findings_from_the_schematic_point_into_the_schematic()
    {
        var relative = "violations/DRC010-5v-on-signal/DRC010-5v-on-signal.net";
        var result = DesignChecker.Check(DesignLoader.Default.Load(SchematicPath(relative)), CheckOptions.Default);

        var finding = result.Findings.Single(f => f.RuleId == "DRC010");
        finding.Nets.ShouldContain("/SENSOR_OUT");
        finding.Location.ShouldNotBeNull();
        var location = finding.Location!.Value;
        location.File.ShouldBe(SchematicPath(relative));
        location.Line.ShouldBeGreaterThan(0);
        File.ReadAllLines(SchematicPath(relative))[location.Line - 1].ShouldContain("SENSOR_OUT");
    }

    private static List<string> PinMap(CheckResult result) =>
        result.Binding?.Contacts.Select(c => $"{c.Contact} {c.Pin.Name} pad {c.Pad} symbol {c.SymbolPinName} net {c.Net?.Name}").ToList() ?? [];

    /// <summary>Everything a finding says except where in which file, which differs between the two inputs.</summary>
    private static List<string> Describe(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.RuleId} {f.Severity} {f.Message} | pins {string.Join(',', f.SomPins)} | contacts {string.Join(',', f.Contacts)} | nets {string.Join(',', f.Nets)} | parts {string.Join(',', f.Parts)} | path {string.Join(" > ", f.Path)} | fix {f.FixHint}")
            .ToList();
}
