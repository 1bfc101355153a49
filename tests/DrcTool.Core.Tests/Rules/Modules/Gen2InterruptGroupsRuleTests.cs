using DrcTool.Core.Checks;
using static DrcTool.Core.Tests.Rules.Modules.ModuleRuleChecks;
using static DrcTool.Core.Tests.SampleBoards.SampleViolations;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>DRC047: the Electron's and E-Series' interrupt groups and the pins without an interrupt.</summary>
public class Gen2InterruptGroupsRuleTests
{
    [Theory]
    [InlineData("electron", "D1", "A4", 26, 8)]
    [InlineData("electron", "B2", "B4", 16, 14)]
    [InlineData("e-series", "D2", "A3", 40, 23)]
    public void Two_interrupt_outputs_in_one_group_are_a_warning_at_both_pins(string module, string first, string second, int firstContact, int secondContact)
    {
        var finding = Check(module, b => AlertOn(AlertOn(b, "U2", first), "U3", second), RuleIds.Gen2InterruptGroups).ShouldHaveSingleItem();
        finding.Severity.ShouldBe(Severity.Warning);
        finding.Contacts.ShouldBe(new[] { firstContact, secondContact }.Order());
    }

    [Theory]
    [InlineData("electron", "D7", 32)]
    [InlineData("electron", "A5", 7)]
    [InlineData("e-series", "D0", 42)]
    [InlineData("e-series", "C1", 48)]
    public void An_interrupt_output_on_a_pin_without_an_interrupt_is_a_warning(string module, string pin, int contact)
    {
        var finding = Check(module, b => AlertOn(b, "U2", pin), RuleIds.Gen2InterruptGroups).ShouldHaveSingleItem();
        finding.Contacts.ShouldBe([contact]);
        finding.Message.ShouldContain("has no interrupt");
    }

    [Theory]
    [InlineData("electron", "D2", "D1")]
    [InlineData("electron", "D5", "D6")]
    [InlineData("e-series", "A2", "A1")]
    public void Interrupt_outputs_in_different_groups_are_fine(string module, string first, string second)
    {
        Check(module, b => AlertOn(AlertOn(b, "U2", first), "U3", second), RuleIds.Gen2InterruptGroups).ShouldBeEmpty();
    }
}
