using DrcTool.Core.Modules;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>
/// DRC045: buses that are one MCU peripheral under two names (module.yaml <c>sharedBuses</c>; the Tracker SoM's Wire on
/// D0/D1 and Wire3 on TX/RX) are not both wired: firmware can use only one of them at a time.
/// </summary>
public sealed class SharedPeripheralRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SharedPeripheral, "Buses that share one peripheral (Tracker SoM Wire and Wire3) are not both used",
        "{buses} are one {module} peripheral and only one can be used at a time, but the board uses both: {how}",
        "Peripherals", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<string> Modules => ["tracker-som"];

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        foreach (var group in scope.Binding.Module.SharedBuses)
        {
            var used = group.Select(bus => (Bus: bus, Pins: PinsUsedAs(scope, bus))).Where(u => u.Pins.Count > 0).ToList();
            if (used.Count < 2) continue;
            var pins = used.SelectMany(u => u.Pins).ToList();
            var how = string.Join("; ", used.Select(u => $"{u.Bus} on " + string.Join(", ", u.Pins.Select(p => $"{scope.Label(p.Contact)} ({p.Evidence})"))));
            yield return scope.NewFinding(Descriptor, Message(scope, string.Join(" and ", used.Select(u => u.Bus)), scope.Binding.Module.Name, how),
                pins.Select(p => p.Contact), scope.NetAt(pins[0].Contact)) with
            {
                Path = pins.Select(p => $"{scope.Label(p.Contact)}: net {scope.NetAt(p.Contact)!.Name}").ToList(),
                FixHint = $"Put every device of {string.Join(" and ", used.Select(u => u.Bus))} on one of them (one I2C bus takes many devices), or use the other pins as {UseName(scope, used[1].Bus)} only.",
            };
        }
    }

    /// <summary>The bound pins that carry one of the bus's roles and that the board uses as that kind of bus, with the first piece of evidence.</summary>
    private static List<(int Contact, string Evidence)> PinsUsedAs(RuleScope scope, string bus)
    {
        var pins = new List<(int, string)>();
        foreach (var contact in scope.Binding.Contacts)
        {
            var role = contact.Pin.Functions.FirstOrDefault(f => string.Equals(f.Peripheral, bus, StringComparison.OrdinalIgnoreCase));
            if (role is null || contact.Net is null || UseOf(role.Type) is not { } use) continue;
            var uses = scope.UsesOf(contact.Contact);
            if (!uses.Has(use)) continue;
            pins.Add((contact.Contact, uses.EvidenceFor(use).FirstOrDefault() ?? PinUseNames.Name(use)));
        }

        return pins;
    }

    private static PinUse? UseOf(string functionType) => functionType switch
    {
        PinFunction.I2c => PinUse.I2c,
        PinFunction.Spi => PinUse.Spi,
        PinFunction.Uart => PinUse.Uart,
        PinFunction.Can => PinUse.Can,
        _ => null,
    };

    /// <summary>What else the bus's pins can be, for the fix hint: the Tracker SoM's TX/RX are Serial1 when not Wire3.</summary>
    private static string UseName(RuleScope scope, string bus)
    {
        var other = scope.Binding.Contacts.Select(c => c.Pin)
            .Where(p => p.Functions.Any(f => string.Equals(f.Peripheral, bus, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(p => p.Functions).FirstOrDefault(f => f.Peripheral is { } per && !string.Equals(per, bus, StringComparison.OrdinalIgnoreCase) && UseOf(f.Type) is not null);
        return other is null ? "GPIO" : $"{other.Peripheral} ({PinUseNames.Name(UseOf(other.Type)!.Value)})";
    }
}
