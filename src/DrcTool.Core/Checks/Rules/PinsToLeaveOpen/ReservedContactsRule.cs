using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.PinsToLeaveOpen;

/// <summary>
/// DRC022: reserved contacts (14, 18, 51, 53, 55, 57-60; 75 on B4xx) are not wired to parts. The binding classifies 75
/// per variant (reserved on B4xx, the modem's RI on B5xx), so the rule follows the variant without its own table.
/// </summary>
public sealed class ReservedContactsRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ReservedContacts, "Reserved contacts left open",
        "Reserved contact {contact} ({pin}) is wired to net {net}: {parts}; a future module may drive it", "Pins to leave open", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in scope.Binding.Contacts)
        {
            if (contact.Pin.Kind != SomPinKind.Reserved || contact.Net is not { } net) continue;
            var pads = scope.PadsOnJoined(net);
            if (pads.Count == 0) continue;
            var parts = pads.Select(p => $"{p.Part.Reference}.{p.Pad}").Distinct().ToList();
            yield return scope.NewFinding(Descriptor,
                Message(scope, contact.Contact, contact.Pin.Name, net.Name, string.Join(", ", parts)),
                [contact.Contact], net) with
            {
                Parts = parts,
                Path = [$"{contact.Pin.Name} ({contact.Contact})", $"net {net.Name}", .. parts],
                FixHint = $"Leave contact {contact.Contact} unconnected.",
            };
        }
    }
}
