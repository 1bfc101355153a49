using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>
/// DRC022: reserved contacts (14, 18, 51, 53, 55, 57-60; 75 on B4xx) are not wired to parts. The binding classifies 75
/// per variant (reserved on B4xx, the modem's RI on B5xx), so the rule follows the variant without its own table.
/// </summary>
public sealed class ReservedContactsRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.ReservedContactsRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        foreach (var contact in scope.Binding.Contacts)
        {
            if (contact.Pin.Kind != SomPinKind.Reserved || contact.Net is not { } net) continue;
            var pads = scope.PadsOnJoined(net);
            if (pads.Count == 0) continue;
            var parts = pads.Select(p => $"{p.Part.Reference}.{p.Pad}").Distinct().ToList();
            yield return scope.NewFinding(Descriptor,
                $"Reserved contact {contact.Contact} ({contact.Pin.Name}) is wired to net {net.Name}: {string.Join(", ", parts)}; a future module may drive it",
                [contact.Contact], net) with
            {
                Parts = parts,
                Path = [$"{contact.Pin.Name} ({contact.Contact})", $"net {net.Name}", .. parts],
                FixHint = $"Leave contact {contact.Contact} unconnected.",
            };
        }
    }
}
