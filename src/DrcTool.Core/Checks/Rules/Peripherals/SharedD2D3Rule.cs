using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Migration;

namespace DrcTool.Core.Checks.Rules.Peripherals;

/// <summary>
/// DRC041: D2 and D3 serve one of Serial1 RTS/CTS, Wire1 and SPI1 at a time (one set of pins, three peripherals): a
/// board that wires two of them there cannot use both.
/// </summary>
public sealed class SharedD2D3Rule : DesignRule
{
    private static readonly string[] SharedPins = ["D2", "D3"];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.SharedD2D3, "D2/D3 used by one of Serial1 RTS/CTS, Wire1 and SPI1",
        "D2 and D3 serve one of Serial1 RTS/CTS, Wire1 and SPI1 at a time, and the board wires {buses} to them: {how}",
        "Peripherals", Severity.Error);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var used = new List<(TargetBus Bus, List<(BoundContact Contact, PinLoad Load, string Role)> Wiring)>();
        foreach (var bus in PinFunctions.Facts.Buses)
        {
            var wiring = new List<(BoundContact, PinLoad, string)>();
            foreach (var (role, pinName) in bus.Roles.Concat(bus.OptionalRoles))
            {
                if (!SharedPins.Contains(pinName, StringComparer.OrdinalIgnoreCase)) continue;
                foreach (var contact in scope.Binding.Named(pinName).Where(c => c.Net is not null))
                {
                    var pulledUp = scope.View.PullPaths(contact.Net!).Any(p => p.IsPullUp);
                    var load = PinLoads.Of(scope, contact).FirstOrDefault(l => Serves(bus.Kind, l, pulledUp));
                    if (load is not null) wiring.Add((contact, load, role));
                }
            }

            if (wiring.Count > 0) used.Add((bus, wiring));
        }

        if (used.Count < 2) yield break;
        var contacts = used.SelectMany(u => u.Wiring.Select(w => w.Contact.Contact)).Distinct().ToList();
        var how = string.Join("; ", used.Select(u => $"{u.Bus.Name}: " + string.Join(", ",
            u.Wiring.Select(w => $"{w.Load.Part.Reference}.{w.Load.Pad} {w.Load.Function} on {w.Contact.Pin.Name} ({w.Role})"))));
        var firstNet = used[0].Wiring[0].Contact.Net;
        yield return scope.NewFinding(Descriptor, Message(scope, string.Join(" and ", used.Select(u => u.Bus.Name)), how), contacts, firstNet) with
        {
            Parts = used.SelectMany(u => u.Wiring.Select(w => $"{w.Load.Part.Reference}.{w.Load.Pad}")).Distinct().ToList(),
            FixHint = "Keep one of them on D2/D3: put the I2C devices on Wire (D0/D1), the SPI devices on SPI (MOSI/MISO/SCK), or drop flow control.",
        };
    }

    private static bool Serves(BusKind kind, PinLoad load, bool pulledUp) => kind switch
    {
        BusKind.I2c => PinLoads.IsI2c(load, pulledUp),
        BusKind.Spi => PinLoads.IsSpi(load, pulledUp),
        BusKind.Uart => PinLoads.IsFlowControl(load),
        _ => false,
    };
}
