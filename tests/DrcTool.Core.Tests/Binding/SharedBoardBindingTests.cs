using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Binding;

/// <summary>
/// Binding on real boards in ../shared: Particle's AN001 and SoM first board (SomUSB2) as Eagle schematic, Eagle board
/// and KiCad's own conversion. Expected facts were read from the files by hand (see each test).
/// </summary>
public sealed class SharedBoardBindingTests(ITestOutputHelper output)
{
    private const string An001 = "an001-basic-som-design";
    private const string SomUsb2 = "som-first-board-somusb2";

    public static TheoryData<string, string> SomBoards() => new()
    {
        { An001, "SomTest1" },
        { SomUsb2, "SomUSB2" },
    };

    private static string[] ThreeFiles(string folder, string name) =>
    [
        RepoPaths.SharedFile("boards", folder, name + ".sch"),
        RepoPaths.SharedFile("boards", folder, name + ".brd"),
        RepoPaths.SharedFile("boards", folder, "kicad6", name + ".kicad_pcb"),
    ];

    private static CheckResult CheckFile(string path) => DesignChecker.Check(DesignLoader.Default.Load(path), CheckOptions.Default);

    /// <summary>The binding as a partition: for each connected contact, the sorted contacts sharing its net.</summary>
    private static SortedSet<string> ContactGroups(SomBinding binding) =>
        new(binding.Contacts.Where(c => c.Net is not null)
            .GroupBy(c => c.Net!)
            .Select(g => string.Join(",", g.Select(c => c.Contact).Order())), StringComparer.Ordinal);

    [SharedTheory]
    [MemberData(nameof(SomBoards))]
    public void Schematic_board_and_kicad_conversion_give_the_same_pin_map(string folder, string name)
    {
        var groups = ThreeFiles(folder, name).Select(f =>
        {
            var result = CheckFile(f);
            var binding = result.Binding.ShouldNotBeNull($"{f}: no socket");
            binding.Socket.Reference.ShouldBe("J1");
            binding.Contacts.Count.ShouldBe(69, "67 contacts and the hold-down pads 76/77");
            output.WriteLine($"{Path.GetFileName(f)}: {string.Join(" | ", ContactGroups(binding))}");
            return ContactGroups(binding);
        }).ToList();

        // Read from the files: GND on 1,3,5,7,9,15,21,39,49,56 and the tabs 76,77; VCC 2,4,6,8; 3V3 10,12.
        groups[0].ShouldContain("1,3,5,7,9,15,21,39,49,56,76,77");
        groups[0].ShouldContain("2,4,6,8");
        groups[0].ShouldContain("10,12");
        groups[1].ShouldBe(groups[0]);
        groups[2].ShouldBe(groups[0]);
    }

    [SharedTheory]
    [MemberData(nameof(SomBoards))]
    public void Connected_contacts_are_the_same_in_all_three_files(string folder, string name)
    {
        var connected = ThreeFiles(folder, name)
            .Select(f => string.Join(",", CheckFile(f).Binding!.Contacts.Where(c => c.IsConnected).Select(c => c.Contact)))
            .ToList();
        output.WriteLine(connected[0]);
        connected[1].ShouldBe(connected[0]);
        connected[2].ShouldBe(connected[0]);
        // Neither board wires NFC, SIM, the modem USB or the reserved pins (SOURCE.md, and the .sch pinrefs).
        foreach (var open in new[] { 14, 17, 19, 44, 46, 67, 69, 71, 73, 75 })
        {
            connected[0].Split(',').ShouldNotContain(open.ToString());
        }
    }

    [SharedTheory]
    [InlineData("SomTest1.sch")]
    [InlineData("SomTest1.brd")]
    [InlineData("kicad6/SomTest1.kicad_pcb")]
    public void An001_RST_has_a_10k_pull_up_to_the_SoM_3V3(string file)
    {
        var result = CheckFile(RepoPaths.SharedFile(["boards", An001, .. file.Split('/')]));
        var design = result.Design;
        var binding = result.Binding!;
        var rst = binding[34]!.Net.ShouldNotBeNull();
        var threeV3 = binding[10]!.Net.ShouldNotBeNull();
        // In SomTest1.sch: R1 (RES-10K-0603, value 10K) between /RESET and 3V3, S2 the reset button.
        var pullUps = rst.Nodes.Select(n => design.FindComponent(n.Reference)!)
            .Where(c => c.Value.Equals("10K", StringComparison.OrdinalIgnoreCase) && c.Pins.Count == 2)
            .Where(c => c.Pins.Any(p => design.NetOf(c.Reference, p.Number) == threeV3))
            .Select(c => c.Reference).ToList();
        pullUps.ShouldBe(["R1"]);
    }

    [SharedTheory]
    [InlineData("SomTest1.sch")]
    [InlineData("SomTest1.brd")]
    [InlineData("kicad6/SomTest1.kicad_pcb")]
    public void An001_D0_and_D1_reach_the_bq24195_and_the_MAX17043(string file)
    {
        var result = CheckFile(RepoPaths.SharedFile(["boards", An001, .. file.Split('/')]));
        foreach (var contact in new[] { 22, 20 })
        {
            var net = result.Binding![contact]!.Net.ShouldNotBeNull();
            var values = net.Nodes.Select(n => result.Design.FindComponent(n.Reference)!.Value.ToUpperInvariant()).ToHashSet();
            values.ShouldContain("BQ24195", $"contact {contact} on {net.Name}");
            values.ShouldContain("MAX17043", $"contact {contact} on {net.Name}");
        }
    }

    [SharedFact]
    public void An001_schematic_reports_the_D2_D3_swap_on_pads_40_and_42()
    {
        var findings = CheckFile(ThreeFiles(An001, "SomTest1")[0]).Findings.Where(f => f.RuleId == RuleIds.SymbolPinNameMismatch).ToList();
        findings.Select(f => f.Contacts[0]).ShouldBe([40, 42]);
        // Both pads are unconnected in AN001 (no pinref to D2/D3 on J1), so nothing is miswired yet: warnings.
        findings.ShouldAllBe(f => f.Severity == Severity.Warning);
        findings[0].Message.ShouldContain("named 'D2'");
        findings[0].Location!.Value.Line.ShouldBeGreaterThan(0);
    }

    [SharedFact]
    public void SomUsb2_schematic_has_the_corrected_symbol_and_no_pin_name_finding()
    {
        var result = CheckFile(ThreeFiles(SomUsb2, "SomUSB2")[0]);
        result.Binding![40]!.SymbolPinName.ShouldBe("D3");
        result.Binding[42]!.SymbolPinName.ShouldBe("D2");
        result.Findings.Where(f => f.RuleId == RuleIds.SymbolPinNameMismatch).ShouldBeEmpty();
    }

    [SharedTheory]
    [MemberData(nameof(SomBoards))]
    public void Particle_boards_pass_the_SIM_and_ground_checks(string folder, string name)
    {
        foreach (var file in ThreeFiles(folder, name))
        {
            CheckFile(file).Findings.Where(f => f.RuleId is RuleIds.SimPinWired or RuleIds.GroundContactNotGrounded or RuleIds.SomSocketNotFound)
                .ShouldBeEmpty(file);
        }
    }

    [SharedTheory]
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.sch")]
    [InlineData("ethernet-featherwing/ethernet-wing-v1.00.brd")]
    [InlineData("ethernet-featherwing/kicad6/ethernet-wing-v1.00.kicad_pcb")]
    [InlineData("an025-tracker-som-first-board/TrackerBaseExp2.sch")]
    public void Boards_without_a_module_give_the_no_module_note(string file)
    {
        // The Ethernet FeatherWing and AN025's expansion board carry no module: a note, not an error (issue 10).
        var result = CheckFile(RepoPaths.SharedFile(["boards", .. file.Split('/')]));
        result.Binding.ShouldBeNull();
        var finding = result.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe(RuleIds.SomSocketNotFound);
        finding.Severity.ShouldBe(Severity.Note);
        finding.Message.ShouldStartWith("no Particle module found");
    }

    [SharedFact]
    public void The_Tracker_SoM_part_is_not_taken_for_a_B_SoM_socket_by_pad_shape()
    {
        // TrackerBase2.sch: U1 is TRACKER-SOM-SKIP-NC, a Tracker SoM with pads in 24-31 (GND@25, GND@31).
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "an025-tracker-som-first-board", "TrackerBase2.sch"));
        var u1 = design.FindComponent("U1").ShouldNotBeNull();
        SocketPads.Assess(SocketPads.PadsOf(design, u1), SocketRules.Default).IsRuledOut.ShouldBeTrue();
    }
}
