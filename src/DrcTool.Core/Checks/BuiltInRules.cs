using DrcTool.Core.Checks.Rules;

namespace DrcTool.Core.Checks;

/// <summary>
/// The list of rules, one line each. Explicit rather than found by reflection, so start-up stays fast and trimming
/// keeps every rule.
/// </summary>
internal static class BuiltInRules
{
    public static IEnumerable<IDesignRule> All() =>
    [
        // Binding (DRC001-DRC009)
        new SomSocketFoundRule(),
        new SymbolPinNamesRule(),
        new SimPinsOpenRule(),
        new GroundContactsRule(),
        // Base-board rules (DRC010 upward): add one line per rule below.
    ];
}
