using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>
/// DRC004: every GND contact (1, 3, 5, 7, 9, 15, 21, 56) is on the ground net; AGND (39, 49) and the socket's
/// hold-down tabs are tied to it too.
/// </summary>
public sealed class GroundContactsRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.GroundContactNotGrounded,
        "Every GND contact on the ground net",
        "{pin} is on net '{net}', not on the ground net '{ground}'{agnd}",
        "Power",
        Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["no-ground"] = "{pin} is unconnected, and no GND contact is on any net: the SoM has no ground",
            ["unconnected"] = "{pin} is unconnected; it must be on the ground net '{ground}'",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var binding = scope.Binding;

        var gnd = binding.Contacts.Where(c => c.Pin.Kind == SomPinKind.Ground && c.Pin.Name == "GND").ToList();
        var ground = GroundNet(gnd);
        var groundName = ground?.Name ?? "(none)";
        foreach (var contact in binding.Contacts)
        {
            var kind = contact.Pin.Kind;
            if (kind is not (SomPinKind.Ground or SomPinKind.HoldDown))
            {
                continue;
            }

            if (contact.Net is not null && ReferenceEquals(contact.Net, ground))
            {
                continue;
            }

            var isAgnd = kind == SomPinKind.Ground && contact.Pin.Name != "GND";
            var isHoldDown = kind == SomPinKind.HoldDown;
            var what = isHoldDown ? $"socket hold-down tab (pad {contact.Pad})" : contact.Pin.ToString();
            Severity severity;
            RuleMessage message;
            if (contact.Net is null)
            {
                severity = isHoldDown ? Severity.Warning : Severity.Error;
                message = ground is null
                    ? MessageFor(scope, "no-ground", what)
                    : MessageFor(scope, "unconnected", what, groundName);
            }
            else
            {
                severity = isAgnd ? Severity.Warning : Severity.Error;
                message = Message(scope, what, contact.Net.Name, groundName, isAgnd ? "; every reference design ties AGND to GND" : "");
            }

            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = severity,
                Message = message,
                SomPins = [contact.Pin.Name],
                Contacts = [contact.Contact],
                Nets = contact.Net is null ? (ground is null ? [] : [groundName]) : ground is null ? [contact.Net.Name] : [contact.Net.Name, groundName],
                Parts = ContactFacts.Parts(binding, contact),
                Path = [$"{binding.Socket.Reference} pad {contact.Pad}", ContactFacts.Describe(contact)],
                Location = ContactFacts.Location(binding, contact),
                FixHint = $"Connect {binding.Socket.Reference} pad {contact.Pad} to {(ground is null ? "the ground plane" : $"'{groundName}'")}.",
            };
        }
    }

    /// <summary>
    /// The ground net: the net most GND contacts are on; on a tie, the one named like ground, then by name.
    /// </summary>
    internal static Net? GroundNet(IReadOnlyList<BoundContact> gndContacts) =>
        gndContacts.Where(c => c.Net is not null)
            .GroupBy(c => c.Net!)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => LooksLikeGround(g.Key.Name))
            .ThenBy(g => g.Key.Name, NaturalComparer.Instance)
            .Select(g => g.Key)
            .FirstOrDefault();

    internal static bool LooksLikeGround(string netName)
    {
        var name = netName.TrimStart('/').ToUpperInvariant();
        return name.Contains("GND", StringComparison.Ordinal) || name is "GROUND" or "VSS" or "0V";
    }
}
