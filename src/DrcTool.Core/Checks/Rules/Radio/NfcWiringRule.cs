using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Radio;

/// <summary>DRC023: NFC1/NFC2 (17/19) go only to an NFC antenna connector, and both or neither are wired.</summary>
public sealed class NfcWiringRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.NfcWiring, "NFC1/NFC2 go only to an NFC antenna connector, both or neither",
        "{pin} on net {net} goes to {pads}, not only to an NFC antenna connector", "Radio", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["one-end"] = "{pin} on net {net} is wired but {other} is not: the NFC antenna needs both ends",
            ["shorted"] = "NFC1 (17) and NFC2 (19) are shorted together on net {net}",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var wired = new[] { Contacts.Nfc1, Contacts.Nfc2 }
            .Select(c => (Contact: c, Net: scope.NetAt(c)))
            .Select(x => (x.Contact, x.Net, Pads: x.Net is null ? [] : scope.PadsOnJoined(x.Net)))
            .ToList();
        var used = wired.Where(w => w.Pads.Count > 0).ToList();
        if (used.Count == 0) yield break; // DRC024

        if (used.Count == 1)
        {
            var (contact, net, _) = used[0];
            var missing = contact == Contacts.Nfc1 ? Contacts.Nfc2 : Contacts.Nfc1;
            yield return scope.NewFinding(Descriptor,
                MessageFor(scope, "one-end", scope.Label(contact), net!.Name, scope.Label(missing)),
                [contact, missing], net) with
            {
                FixHint = "Wire NFC1 and NFC2 to the two terminals of an NFC antenna connector, or leave both open.",
            };
        }

        if (used.Count == 2 && used[0].Net == used[1].Net)
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "shorted", used[0].Net!.Name),
                [Contacts.Nfc1, Contacts.Nfc2], used[0].Net);
        }

        foreach (var (contact, net, pads) in used)
        {
            var foreign = pads.Where(p => !Allowed(scope, p.Part)).Select(p => $"{p.Part.Reference}.{p.Pad}").Distinct().ToList();
            if (foreign.Count == 0) continue;
            yield return scope.NewFinding(Descriptor,
                Message(scope, scope.Label(contact), net!.Name, string.Join(", ", foreign)),
                [contact], net) with
            {
                Parts = foreign,
                Path = [scope.Label(contact), $"net {net.Name}", .. foreign],
                FixHint = "NFC1/NFC2 are the antenna coil's ends: connect them only to an NFC antenna (U.FL), with optional tuning or ESD parts.",
            };
        }
    }

    private static bool Allowed(RuleScope scope, DrcTool.Core.Model.Component part) =>
        scope.ClassOf(part) is PartClass.RfConnector or PartClass.Esd or PartClass.Capacitor or PartClass.TestPoint;
}
