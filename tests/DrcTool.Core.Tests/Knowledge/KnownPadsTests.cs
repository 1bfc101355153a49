using DrcTool.TestSupport;
using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Checks.Rules.I2c;
using DrcTool.Core.Checks.Rules.Peripherals;
using DrcTool.Core.Checks.Rules.Power;
using DrcTool.Core.Knowledge.Parts;

namespace DrcTool.Core.Tests.Knowledge;

/// <summary>The pad tables of rules/part-classes.yaml and the pin functions the rules look up agree, entry for entry.</summary>
public class KnownPadsTests
{
    // Every pin function a rule asks KnownPins for, with the class of part it asks it of.
    private static IEnumerable<(PartClass Class, string Function)> FunctionsRulesRead() =>
    [
        .. PmicI2cPinsRule.Bus.Select(p => (PartClass.Pmic, p.Function)),
        .. PmicInterruptRule.Pins.Select(p => (PartClass.Pmic, p.Function)),
        (PartClass.Pmic, PmicInputCurrentRule.IlimFunction),
        .. FuelGaugeWiringRule.Pins.Select(p => (PartClass.FuelGauge, p.Function)),
        .. EthernetPinsRule.Pins.Select(p => (PartClass.Ethernet, p.Function)),
    ];

    [Fact]
    public void Every_pad_entry_in_the_file_is_read_and_every_function_read_has_one()
    {
        var file = PartCatalog.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "part-classes.yaml")), "rules/part-classes.yaml");
        var inFile = file.Pads.Functions.ToList();
        var read = FunctionsRulesRead().Select(f => (f.Class, PinNameForms.Normalize(f.Function))).Distinct().ToList();

        inFile.Count.ShouldBe(13);
        inFile.Except(read).ShouldBeEmpty("pad entries in rules/part-classes.yaml that no rule reads");
        read.Except(inFile).ShouldBeEmpty("pin functions the rules read that rules/part-classes.yaml has no pads for");
        inFile.ShouldAllBe(f => f.Function == PinNameForms.Normalize(f.Function), "pad entries are named in the normal form");
    }

    [Fact]
    public void The_datasheet_pads_are_read_in_package_order()
    {
        var pads = PartCatalog.BuiltIn.Pads;
        pads.Of(PartClass.Pmic, "ILIM").ShouldBe(["10"]);
        pads.Of(PartClass.Pmic, "int").ShouldBe(["7"]);
        pads.Of(PartClass.FuelGauge, "ALRT").ShouldBe(["C1", "5"]);
        pads.Of(PartClass.Ethernet, "RSTN").ShouldBe(["37"]);
        pads.Of(PartClass.Ethernet, "ILIM").ShouldBeEmpty();
    }

    [Fact]
    public void A_pad_entry_for_an_unknown_class_names_the_file_and_line()
    {
        var yaml = "pads:\n  pmics:\n    SDA: ['6']\n";
        Should.Throw<FormatException>(() => PartCatalog.Parse(yaml, "edited.yaml")).Message.ShouldStartWith("edited.yaml:3:10: pads: unknown class 'pmics'");
    }
}
