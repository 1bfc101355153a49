using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>
/// Particle's own base boards in ../shared (AN001 SomTest1 and the SoM first board SomUSB2) in all three formats:
/// no errors, every warning and note asserted (each checked by hand against the schematic XML), and the same findings
/// from the .sch, the .brd and KiCad's conversion of the board.
/// </summary>
public class RealBoardTests
{
    public static TheoryData<string> Files() => new()
    {
        "an001-basic-som-design/SomTest1.sch",
        "an001-basic-som-design/SomTest1.brd",
        "an001-basic-som-design/kicad6/SomTest1.kicad_pcb",
        "som-first-board-somusb2/SomUSB2.sch",
        "som-first-board-somusb2/SomUSB2.brd",
        "som-first-board-somusb2/kicad6/SomUSB2.kicad_pcb",
    };

    internal static CheckResult Check(string relative) =>
        DesignChecker.Check(DesignLoader.Default.Load(RepoPaths.SharedFile("boards", relative)), CheckOptions.Default);

    private static string Key(Finding f) =>
        $"{f.Severity.ToString().ToLowerInvariant()} {f.RuleId} [{string.Join(",", f.Contacts)}] [{string.Join(",", f.Parts)}] {f.Message}";

    /// <summary>Symbol pin names exist only in schematics, so DRC002 is the one rule a board file cannot answer.</summary>
    private static IEnumerable<string> Comparable(CheckResult result) => result.Findings.Where(f => f.RuleId != RuleIds.SymbolPinNameMismatch).Select(Key);

    [SharedTheory]
    [MemberData(nameof(Files))]
    public void Particle_reference_designs_have_no_errors(string relative)
    {
        Check(relative).Findings.Where(f => f.Severity == Severity.Error).Select(Key).ShouldBeEmpty();
    }

    /// <summary>
    /// Checked by hand against SomTest1.sch: NFC1/NFC2 (pads 17/19 of J1) are on no net; no antenna part; U2 BQ24195
    /// with R13 332 from ILIM (pad 10) to GND, 530/332 = 1.60 A. The rickk2 symbol names pads 40/42 "D2"/"D3",
    /// both unconnected (DRC002 warnings, schematic only).
    /// </summary>
    [SharedTheory]
    [InlineData("an001-basic-som-design/SomTest1.sch")]
    [InlineData("an001-basic-som-design/SomTest1.brd")]
    [InlineData("an001-basic-som-design/kicad6/SomTest1.kicad_pcb")]
    public void AN001_gives_the_NFC_antenna_and_PMIC_DETECTION_notes(string relative)
    {
        var findings = Check(relative).Findings.Where(f => f.RuleId != RuleIds.SymbolPinNameMismatch).ToList();
        findings.Select(f => (f.RuleId, f.Severity)).ShouldBe([("DRC024", Severity.Note), ("DRC025", Severity.Note), ("DRC031", Severity.Note)]);
        findings[0].Contacts.ShouldBe([17, 19]);
        findings[1].Message.ShouldContain("PARANTC41EA");
        findings[2].Parts.ShouldBe(["U2", "R13"]);
        findings[2].Message.ShouldContain("SystemPowerFeature::PMIC_DETECTION");
        findings[2].Message.ShouldContain("1.60 A");
    }

    [SharedFact]
    public void AN001_schematic_also_warns_about_the_swapped_D2_D3_symbol_names()
    {
        var drc002 = Check("an001-basic-som-design/SomTest1.sch").Findings.Where(f => f.RuleId == RuleIds.SymbolPinNameMismatch).ToList();
        drc002.Select(f => (f.Severity, f.Contacts[0])).ShouldBe([(Severity.Warning, 40), (Severity.Warning, 42)]);
    }

    /// <summary>
    /// Checked by hand against SomUSB2.sch: no NFC wiring, no antenna, no PMIC. 3V3 reaches the MP2122 only through SJ1
    /// (JUMPER-PTH-2-NO) and L1: the tool counts the jumper closed, so DRC019 is silent (see docs/rules/DRC019.md).
    /// </summary>
    [SharedTheory]
    [InlineData("som-first-board-somusb2/SomUSB2.sch")]
    [InlineData("som-first-board-somusb2/SomUSB2.brd")]
    [InlineData("som-first-board-somusb2/kicad6/SomUSB2.kicad_pcb")]
    public void SomUSB2_gives_only_the_NFC_and_antenna_notes(string relative)
    {
        Check(relative).Findings.Select(f => (f.RuleId, f.Severity)).ShouldBe([("DRC024", Severity.Note), ("DRC025", Severity.Note)]);
    }

    [SharedTheory]
    [InlineData("an001-basic-som-design/SomTest1")]
    [InlineData("som-first-board-somusb2/SomUSB2")]
    public void One_design_gives_the_same_findings_from_sch_brd_and_kicad_pcb(string design)
    {
        var folder = Path.GetDirectoryName(design)!;
        var name = Path.GetFileName(design);
        var sch = Comparable(Check(design + ".sch")).ToList();
        Comparable(Check(design + ".brd")).ShouldBe(sch);
        Comparable(Check($"{folder}/kicad6/{name}.kicad_pcb")).ShouldBe(sch);
    }
}
