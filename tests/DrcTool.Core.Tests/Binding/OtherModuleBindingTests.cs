using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Binding;

/// <summary>
/// The real boards in ../shared that carry another module than the B-SoM are bound to it, in every format there. The
/// expected pad groups were read by hand from each .brd: for every signal, the module element's contactrefs, where the
/// signal reaches another part (Eagle keeps one-pad signals for unconnected pads).
/// </summary>
public sealed class OtherModuleBindingTests
{
    public static TheoryData<string, string, string, string> Boards() => new()
    {
        // chipmc Boron carrier: Carrier Board.brd, element P1 (PARTICLE-DEVICES_BORON), pads named after the pins.
        { "chipmc-boron-carrier/Carrier Board", "Boron", "P1",
            "3V3|A0|A1|A2|A3|A4|A5|D2|D3|D4|D5|D6|D8|EN|GND|LI+|MI|MO|RST|RX|SCK|SCL|SDA|TX|VUSB" },
        // SwitchDemoElectron.brd, element U$1 (ELECTRON): GND on 2 and 33, VCC on 36, WKP 5, D2-D5 on 27-30.
        { "switch-demo-electron-eseries/SwitchDemoElectron", "Electron", "U$1", "2,33|27|28|29|30|36|5" },
        // SwitchDemoESeries.brd, element U1 (E0): 3V3 on 9, 10 (VDDA) and 11 (VBAT); GND on the 13 ground pads.
        { "switch-demo-electron-eseries/SwitchDemoESeries", "E-Series", "U1",
            "1|13|14|19|2,4,7,12,15,18,27,34,43,51,58,59,60|3|37|38|39|40|5|52|53|54|55|56|9,10,11" },
        // AN025 TrackerBase2.brd, element U1 (TRACKER-SOM-SKIP-NC): every wired pad on its own signal but GND.
        { "an025-tracker-som-first-board/TrackerBase2", "Tracker SoM", "U1",
            "1,8,10,25,31,42,43,48,52,54,63,67,70,75,86,88,89,93,95|11|12|13|14|15|16|17|2|22|23|24|26|27|28|29|3|30|32|33|38|39|4|40|41|45|46|47|49|5|50|51|53|55|56|57|58|6|64|65|66|68|69|7|71|72|73|83|84|85|87|90|91|92|94" },
    };

    private static IEnumerable<string> Files(string board)
    {
        var folder = Path.GetDirectoryName(board)!;
        var name = Path.GetFileName(board);
        yield return RepoPaths.SharedFile("boards", folder, name + ".sch");
        yield return RepoPaths.SharedFile("boards", folder, name + ".brd");
        var kicad = RepoPaths.SharedFile("boards", folder, "kicad6", name.Replace(' ', '_') + ".kicad_pcb");
        if (File.Exists(kicad)) yield return kicad;
    }

    /// <summary>The binding as a partition of pads: for each net a module pin is on, the sorted pads on it.</summary>
    private static string PadGroups(SomBinding binding) =>
        string.Join("|", binding.Contacts.Where(c => c.Net is not null).GroupBy(c => c.Net!)
            .Select(g => string.Join(",", g.Select(c => c.Pad).Order(Model.NaturalComparer.Instance)))
            .Order(StringComparer.Ordinal));

    [SharedTheory]
    [MemberData(nameof(Boards))]
    public void Every_format_binds_the_module_and_groups_its_pads_as_the_brd_does(string board, string module, string reference, string groups)
    {
        foreach (var file in Files(board))
        {
            var result = DesignChecker.Check(DesignLoader.Default.Load(file), CheckOptions.Default);
            var binding = result.Binding.ShouldNotBeNull(file);
            binding.Module.Name.ShouldBe(module, file);
            binding.Socket.Reference.ShouldBe(reference, file);
            PadGroups(binding).ShouldBe(groups, file);
            result.Findings.ShouldNotContain(f => f.RuleId == RuleIds.SomSocketNotFound && f.Severity == Severity.Error, file);
        }
    }

    [SharedTheory]
    [MemberData(nameof(Boards))]
    public void No_error_on_a_board_with_another_module(string board, string module, string reference, string groups)
    {
        _ = (module, reference, groups);
        foreach (var file in Files(board))
        {
            var findings = DesignChecker.Check(DesignLoader.Default.Load(file), CheckOptions.Default).Findings;
            findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message).ShouldBeEmpty(file);
            findings.ShouldContain(f => f.RuleId == RuleIds.SomSocketNotFound && f.Severity == Severity.Note && f.Message.Contains(module, StringComparison.Ordinal), file);
        }
    }

    [SharedFact]
    public void The_Boron_carriers_pads_named_after_pins_bind_by_name()
    {
        var binding = DesignChecker.Check(DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.brd")), CheckOptions.Default).Binding!;
        binding[3]!.Pad.ShouldBe("MD");     // MODE
        binding[12]!.Pad.ShouldBe("MO");    // MOSI
        binding[17]!.Pad.ShouldBe("SDA");   // D0
        binding[17]!.Net!.Name.ShouldBe("SDA");
        binding[21]!.Net!.Name.ShouldBe("USER-SW"); // D4
    }

    [SharedFact]
    public void A_board_with_no_module_gets_a_note_and_module_required_makes_it_an_error()
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "ethernet-featherwing", "ethernet-wing-v1.00.sch"));
        var note = DesignChecker.Check(design, CheckOptions.Default).Findings.Single(f => f.RuleId == RuleIds.SomSocketNotFound);
        note.Severity.ShouldBe(Severity.Note);
        var required = new CheckOptions { Config = Core.Config.DrcConfigLoader.Parse("module: required\n", "drctool.yaml") };
        DesignChecker.Check(design, required).Findings.Single(f => f.RuleId == RuleIds.SomSocketNotFound).Severity.ShouldBe(Severity.Error);
    }

    [SharedTheory]
    [InlineData("Boron", "Boron")]
    [InlineData("P1", "Boron")]
    public void Module_option_takes_a_name_or_a_reference(string module, string expected)
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.sch"));
        var (search, binding) = DesignChecker.Default.Bind(design, new CheckOptions { Module = module });
        binding.ShouldNotBeNull().Module.Name.ShouldBe(expected);
        search.HowFound.ShouldNotBeEmpty();
    }

    [SharedFact]
    public void Module_option_naming_a_module_the_board_lacks_is_an_error()
    {
        var design = DesignLoader.Default.Load(RepoPaths.SharedFile("boards", "chipmc-boron-carrier", "Carrier Board.sch"));
        var result = DesignChecker.Check(design, new CheckOptions { Module = "Electron" });
        result.Binding.ShouldBeNull();
        result.Findings.Single(f => f.RuleId == RuleIds.SomSocketNotFound).Severity.ShouldBe(Severity.Error);
    }
}
