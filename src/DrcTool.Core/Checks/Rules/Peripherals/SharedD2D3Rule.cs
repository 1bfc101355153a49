using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

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
        // The peripherals whose roles sit on D2/D3, from the pins' functions (i2c:Wire1:SDA, spi:SPI1:SCK, uart:Serial1:RTS).
        var wiring = new List<(string Bus, BoundContact Contact, PinLoad Load, string Role)>();
        foreach (var contact in SharedPins.SelectMany(scope.Binding.Named).Where(c => c.Net is not null))
        {
            var pulledUp = scope.View.PullPaths(contact.Net!).Any(p => p.IsPullUp);
            var loads = scope.LoadsOf(contact);
            foreach (var role in PinFunctions.BusRoles(contact.Pin))
            {
                var load = loads.FirstOrDefault(l => Serves(scope.Uses, role, l, pulledUp));
                if (load is not null) wiring.Add((role.Peripheral!, contact, load, role.Role!));
            }
        }

        var used = wiring.GroupBy(w => w.Bus, StringComparer.Ordinal).ToList();
        if (used.Count < 2) yield break;
        var contacts = wiring.Select(w => w.Contact.Contact).Distinct().ToList();
        var how = string.Join("; ", used.Select(u => $"{u.Key}: " + string.Join(", ",
            u.Select(w => $"{w.Load.Part.Reference}.{w.Load.Pad} {w.Load.Function} on {w.Contact.Pin.Name} ({w.Role})"))));
        yield return scope.NewFinding(Descriptor, Message(scope, string.Join(" and ", used.Select(u => u.Key)), how), contacts, wiring[0].Contact.Net) with
        {
            Parts = wiring.Select(w => $"{w.Load.Part.Reference}.{w.Load.Pad}").Distinct().ToList(),
            FixHint = "Keep one of them on D2/D3: put the I2C devices on Wire (D0/D1), the SPI devices on SPI (MOSI/MISO/SCK), or drop flow control.",
        };
    }

    private static bool Serves(PinUseInference uses, PinFunction role, PinLoad load, bool pulledUp) =>
        role.Is(PinFunction.I2c) ? uses.IsI2c(load, pulledUp)
        : role.Is(PinFunction.Spi) ? uses.IsSpi(load, pulledUp)
        : role.Is(PinFunction.Uart) && uses.IsFlowControl(load);
}
