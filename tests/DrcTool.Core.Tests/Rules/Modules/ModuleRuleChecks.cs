using DrcTool.Core.Checks;
using DrcTool.Core.Tests.SampleBoards;

namespace DrcTool.Core.Tests.Rules.Modules;

/// <summary>The module rules' tests change a module carrier (<see cref="ModuleCarriers"/>) in memory and check one rule.</summary>
internal static class ModuleRuleChecks
{
    public static IReadOnlyList<Finding> Check(string module, Func<SampleBoard, SampleBoard> change, string rule)
    {
        var design = RuleBehaviourTests.Load(change(ModuleCarriers.Make(module)));
        var result = DesignChecker.Check(design, CheckOptions.Default);
        result.Binding.ShouldNotBeNull().Module.Id.ShouldBe(module);
        return result.Findings.Where(f => f.RuleId == rule).ToList();
    }
}
