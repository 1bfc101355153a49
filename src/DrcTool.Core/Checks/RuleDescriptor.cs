namespace DrcTool.Core.Checks;

/// <summary>
/// Everything a report needs to know about a rule, in one place (as Roslyn analyzers describe themselves).
/// The README's rule table and <c>drctool rules</c> are generated from these.
/// </summary>
/// <param name="Id">Stable identifier, e.g. "DRC001". Part of the product: reports, waivers and SARIF use it.</param>
/// <param name="Title">Short title, one line.</param>
/// <param name="MessageFormat">Describes what a finding says, with the placeholders the rule fills.</param>
/// <param name="Category">Group: Binding, Power, Signal, Reset, I2C, Radio, Peripherals, Mechanics.</param>
/// <param name="DefaultSeverity">Severity unless the config overrides it.</param>
/// <param name="HelpLink">Repository-relative link to the rule's doc page, docs/rules/ID.md.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    string HelpLink)
{
    public static string DocPath(string id) => $"docs/rules/{id}.md";
}
