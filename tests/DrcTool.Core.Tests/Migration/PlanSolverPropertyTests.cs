using DrcTool.Core.Config;
using CsCheck;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Tests.Migration;

/// <summary>
/// Properties of the solver over random pin uses: every plan satisfies every constraint (by the independent
/// <see cref="PlanValidator"/>), and on small problems an exhaustive search finds no plan that places more pins or
/// keeps more on their guide pins, so when the solver says a pin cannot be placed, no plan places it.
/// </summary>
public sealed class PlanSolverPropertyTests
{
    private static readonly MigrationRules Rules = MigrationRules.Default;

    [Fact]
    public void Every_plan_satisfies_every_constraint()
    {
        var target = TargetModuleReader.Default;
        var guides = target.Contacts.Select(c => c.Name).Distinct().Append("B0").ToList();
        RandomPins.Problems(guides, 1, 32).Sample(problem =>
        {
            var options = new SolveOptions { PmicFitted = problem.Pmic };
            var plan = PlanSolver.Solve(target, problem.Pins, options, Rules);

            plan.Placements.Count.ShouldBe(problem.Pins.Count);
            PlanValidator.Violations(target, plan.Placements, options).ShouldBeEmpty();
            foreach (var placement in plan.Placements)
            {
                placement.Reason.ShouldNotBeNullOrWhiteSpace();
                var onGuide = placement.Contact is not null && string.Equals(placement.Contact.Name, placement.Pin.GuidePin, StringComparison.OrdinalIgnoreCase);
                placement.Status.ShouldBe(placement.Contact is null ? PlacementStatus.Lost : onGuide ? PlacementStatus.Kept : PlacementStatus.Moved);
            }
        }, iter: 300);
    }

    [Fact]
    public void On_small_problems_exhaustive_search_finds_no_better_plan()
    {
        var target = SmallTarget();
        var guides = target.Contacts.Select(c => c.Name).Append("B0").ToList();
        RandomPins.Problems(guides, 1, 4).Sample(problem =>
        {
            var options = new SolveOptions { PmicFitted = problem.Pmic };
            var plan = PlanSolver.Solve(target, problem.Pins, options, Rules);
            plan.Optimal.ShouldBeTrue();
            PlanValidator.Violations(target, plan.Placements, options).ShouldBeEmpty();

            var best = BruteForce.LeastCost(target, problem.Pins, options);
            Cost(plan.Placements, problem.Pins.Count).ShouldBe(best);
        }, iter: 60);
    }

    [Fact]
    public void Exhaustive_search_agrees_on_a_problem_with_no_full_plan()
    {
        // Three analog inputs on a target with two ADC pins: no plan places all three, and none places the third.
        var target = SmallTarget();
        var pins = new[] { "X", "Y", "Z" }.Select(n => new SourcePin(n, n, [PinUse.Analog])).ToList();
        var options = new SolveOptions { PmicFitted = true };
        var plan = PlanSolver.Solve(target, pins, options, Rules);

        plan.LostCount.ShouldBe(pins.Count - target.Contacts.Count(c => c.HasAdc && c.Name != target.PmicInterruptPin));
        Cost(plan.Placements, pins.Count).ShouldBe(BruteForce.LeastCost(target, pins, options));
    }

    private static int Cost(IReadOnlyList<PinPlacement> placements, int pins) =>
        placements.Sum(p => p.Contact is null ? pins + 1 : p.Status == PlacementStatus.Kept ? 0 : 1);

    /// <summary>
    /// The B-SoM cut down to a handful of contacts (every bus and PWM group still represented, the interrupt limit
    /// at 2) so exhaustive search stays small and conflicts are common.
    /// </summary>
    internal static TargetModule SmallTarget()
    {
        var full = TargetModuleReader.Default;
        string[] keep = ["D0", "D1", "D2", "D3", "D4", "D7", "A0", "A6", "TX", "RX", "SCK", "MOSI", "MISO", "D8", "D22", "A7", "SIM_VCC"];
        var contacts = full.Contacts.Where(c => keep.Contains(c.Name)).GroupBy(c => c.Name).Select(g => g.First()).ToList();
        return new TargetModule(contacts, full.Buses, full.PwmGroups, maxInterrupts: 2, full.DefaultPwmHz)
        {
            PmicBus = full.PmicBus,
            PmicDevices = full.PmicDevices,
            PmicInterruptPin = full.PmicInterruptPin,
            EthernetBus = full.EthernetBus,
            EthernetPins = full.EthernetPins,
        };
    }
}
