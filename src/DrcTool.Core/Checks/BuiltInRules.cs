namespace DrcTool.Core.Checks;

/// <summary>
/// Every rule DrcTool ships: one instance of each non-abstract <see cref="DesignRule"/> subclass in this assembly.
/// The list is written at compile time by the source generator in src/DrcTool.Core.Generators (RuleListGenerator),
/// so a new rule file is all the catalogue needs, and it stays plain code: start-up finds no rule by reflection and
/// Native AOT's trimmer keeps every rule.
/// </summary>
internal static partial class BuiltInRules
{
    /// <summary>One instance of every rule class, in full-name order (the catalogue sorts them by ID).</summary>
    public static partial IEnumerable<DesignRule> All();
}
