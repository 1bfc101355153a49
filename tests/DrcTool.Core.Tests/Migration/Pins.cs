using DrcTool.Core.Config;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

/// <summary>Short ways to write source pins in the solver tests.</summary>
internal static class Pins
{
    public static SourcePin Pin(string name, string? guide, params PinUse[] uses) =>
        new(name, "N$" + name, uses) { GuidePin = guide };

    public static SourcePin OnBus(string name, string? guide, SourceBus bus, string role) =>
        new(name, "N$" + name, [bus.Kind.Use()]) { GuidePin = guide, Bus = new BusRole(bus, role) };

    public static PinPlan Solve(bool pmic, params SourcePin[] pins) =>
        PlanSolver.Solve(TargetModuleReader.Default, pins, new SolveOptions { PmicFitted = pmic }, MigrationRules.Default);

    public static PinPlacement Of(this PinPlan plan, string pin) => plan.Placements.Single(p => p.Pin.Name == pin);

    /// <summary>The plan is valid by the independent checker; returns it for further asserts.</summary>
    public static PinPlan ShouldBeValid(this PinPlan plan, bool pmic)
    {
        PlanValidator.Violations(TargetModuleReader.Default, plan.Placements, new SolveOptions { PmicFitted = pmic }).ShouldBeEmpty();
        return plan;
    }
}
