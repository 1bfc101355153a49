using DrcTool.Core.Modules;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC046: on the Tracker SoM, A0-A7 and D0-D7 are the same eight pins under two names: a pin the board reads as an
/// analog voltage cannot also serve as a digital, bus or PWM line (a design moved from a Boron, where A0 and D0 are
/// two pins, puts both on one).
/// </summary>
public sealed class OnePinTwoNamesRule : DesignRule
{
    /// <summary>Uses that need the pin as a logic line, which an analog input on the same pin cannot share.</summary>
    private static readonly PinUse[] LogicUses = [PinUse.Digital, PinUse.Pwm, PinUse.I2c, PinUse.Uart, PinUse.Spi, PinUse.Interrupt, PinUse.Can, PinUse.Led];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.OnePinTwoNames, "A pin with an A and a D name (Tracker SoM) is used as analog or as digital, not both",
        "{pin} on net {net} is one pin under the names {names}: the board reads it as analog ({analog}) and also uses it as {other} ({otherEvidence})",
        "Signal", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<string> Modules => ["tracker-som"];

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var contact in scope.Binding.Contacts)
        {
            // A pin with two names in the pinout: its name and an alias of the other letter (A0 / D0).
            if (contact.Net is not { } net || TwinName(contact.Pin) is not { } twin) continue;
            var uses = scope.UsesOf(contact.Contact);
            if (!uses.Has(PinUse.Analog)) continue;
            var logic = LogicUses.Where(uses.Has).ToList();
            if (logic.Count == 0) continue;
            var label = scope.Label(contact.Contact);
            yield return scope.NewFinding(Descriptor, Message(scope, label, net.Name, $"{contact.Pin.Name} and {twin}", Evidence(uses, PinUse.Analog),
                string.Join(", ", logic.Select(PinUseNames.Name)), string.Join("; ", logic.Select(u => Evidence(uses, u)))), [contact.Contact], net) with
            {
                Path = [label, $"net {net.Name}", .. uses.Evidence],
                FixHint = $"Give the analog input and the {PinUseNames.Name(logic[0])} line pins of their own: {contact.Pin.Name} and {twin} cannot be used apart.",
            };
        }
    }

    /// <summary>"D0" for A0 (aliases D0), null for a pin without a name of the other letter.</summary>
    private static string? TwinName(SomPin pin)
    {
        if (pin.Name.Length < 2 || pin.Name[0] is not ('A' or 'D') || !char.IsAsciiDigit(pin.Name[1])) return null;
        var other = pin.Name[0] == 'A' ? 'D' : 'A';
        return pin.Aliases.FirstOrDefault(a => a.Length >= 2 && a[0] == other && a[1..] == pin.Name[1..]);
    }

    /// <summary>The evidence for one use, in one line.</summary>
    private static string Evidence(Analysis.Uses.PinUses uses, PinUse use) =>
        uses.EvidenceFor(use) is { Count: > 0 } lines ? string.Join(", ", lines) : PinUseNames.Name(use);
}
