using DrcTool.Core.Checks;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>
/// The real boards in ../shared with another module than the B-SoM, in every format there: the module rules (those
/// whose <see cref="DesignRule.Modules"/> name the board's module) give no false finding. Each board was read by hand
/// for what the rules look at (see each test); the only finding left is DRC001's note naming the module.
/// </summary>
public class OtherModuleRealBoardTests
{
    public static TheoryData<string, string> Files() => new()
    {
        // Boron carrier: Wire on D0/D1 with pull-ups to the Boron's 3V3, nothing on a 5 V rail but VUSB itself.
        { "chipmc-boron-carrier/Carrier Board.sch", "boron" },
        { "chipmc-boron-carrier/Carrier Board.brd", "boron" },
        { "chipmc-boron-carrier/kicad6/Carrier_Board.kicad_pcb", "boron" },
        // Switch demos: LEDs from WKP/D2/D3 through resistors, a switch on D4/D5; no 5 V on any I/O pin.
        { "switch-demo-electron-eseries/SwitchDemoElectron.sch", "electron" },
        { "switch-demo-electron-eseries/SwitchDemoElectron.brd", "electron" },
        { "switch-demo-electron-eseries/SwitchDemoESeries.sch", "e-series" },
        { "switch-demo-electron-eseries/SwitchDemoESeries.brd", "e-series" },
        // AN025: A0-A3 to header JP2 (and J5/J6 for A3), A4-A7 to the SPI FRAM, TX/RX to the M8 connector; no I2C
        // device, so neither Wire nor Wire3 is in use; nothing above 3V3 on an MCU pin.
        { "an025-tracker-som-first-board/TrackerBase2.sch", "tracker-som" },
        { "an025-tracker-som-first-board/TrackerBase2.brd", "tracker-som" },
        { "an025-tracker-som-first-board/kicad6/TrackerBase2.kicad_pcb", "tracker-som" },
    };

    private static readonly IReadOnlyList<string> ModuleRuleIds = RuleCatalog.Default.Rules
        .Where(r => r.Modules.Any(m => m != Core.Modules.ModuleCatalog.BSomId)).Select(r => r.Descriptor.Id).ToList();

    [SharedTheory]
    [MemberData(nameof(Files))]
    public void No_module_rule_fires_on_a_real_board(string relative, string module)
    {
        var result = RealBoardTests.Check(relative);
        result.Binding.ShouldNotBeNull(relative).Module.Id.ShouldBe(module);
        ModuleRuleIds.ShouldNotBeEmpty();
        result.Findings.Where(f => ModuleRuleIds.Contains(f.RuleId)).Select(f => $"{f.RuleId} {f.Severity} {f.Message}").ShouldBeEmpty(relative);
        result.SkippedRules.Keys.ShouldNotContain(k => ModuleRuleIds.Contains(k) && RuleCatalog.Default.Find(k)!.Modules.Contains(module), relative);
    }
}
