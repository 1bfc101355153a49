using DrcTool.Core.Config;
using DrcTool.Core.Migration.Solver;

namespace DrcTool.Core.Migration;

/// <summary>
/// Places a source design's signal pins on B-SoM contacts: every use covered by the contact's functions, every
/// constraint of rules/migration.yaml kept, as many pins as possible on the pins the migration guides give them.
/// Pins no plan can place come back <see cref="PlacementStatus.Lost"/> with the constraint that stops them and what
/// would free it.
/// </summary>
public static class PlanSolver
{
    /// <param name="pins">The pins that need a signal contact (<see cref="SourcePin.NeedsSignalContact"/>).</param>
    public static PinPlan Solve(TargetModule target, IReadOnlyList<SourcePin> pins, SolveOptions options, MigrationRules rules)
    {
        var problem = new SolverProblem(target, pins, options);
        var search = new BranchAndBound(problem);
        var choices = search.Solve();
        var explainer = new PlacementExplainer(problem, choices, rules);
        var placements = pins.Select((_, i) => explainer.Explain(i)).ToList();
        return new PinPlan(placements, search.Complete, search.Nodes);
    }
}
