using DrcTool.Core.Config;

namespace DrcTool.Core.Migration;

/// <summary>
/// Turns the source board's signal pins into solver input: the bus role each bus use has on this module (from the
/// module's functions, e.g. the Electron's A3 is `spi:SPI:SCK`), one <see cref="SourceBus"/> per source peripheral
/// with the I2C addresses of the parts on it, the W5500's pins, and the guide pin's name on the B-SoM.
/// </summary>
internal sealed class SourcePinBuilder
{
    private readonly TargetModule _target;
    private readonly MigrationRules _rules;
    private readonly Dictionary<(BusKind, string), SourceBus> _buses = [];

    public SourcePinBuilder(TargetModule target, MigrationRules rules)
    {
        _target = target;
        _rules = rules;
    }

    public IReadOnlyList<SourcePin> Build(IReadOnlyList<SourceBoardPin> pins)
    {
        var roles = pins.Select(p => (Pin: p, Role: RoleOf(p))).ToList();
        foreach (var group in roles.Where(r => r.Role is not null).GroupBy(r => (r.Role!.Value.Kind, r.Role.Value.Peripheral)))
        {
            var parts = group.SelectMany(r => r.Pin.Parts).ToList();
            _buses[group.Key] = new SourceBus(group.Key.Kind, group.Key.Peripheral)
            {
                Addresses = group.Key.Kind == BusKind.I2c ? AddressesOf(parts) : [],
                CarriesEthernet = group.Key.Kind == BusKind.Spi && parts.Any(IsEthernet),
            };
        }

        return roles.Select(r => ToSourcePin(r.Pin, r.Role)).ToList();
    }

    private SourcePin ToSourcePin(SourceBoardPin pin, (BusKind Kind, string Peripheral, string Role)? role)
    {
        // A bus use on a pin with no such function is a GPIO doing the job (an SPI chip select, bit-banged I2C).
        var uses = pin.Uses
            .Select(u => u is PinUse.I2c or PinUse.Spi or PinUse.Uart or PinUse.Can && (role is null || role.Value.Kind.Use() != u) ? PinUse.Digital : u)
            .Distinct()
            .ToList();
        if (uses.Count == 0)
        {
            uses.Add(PinUse.Digital);
        }

        var ethernetRole = pin.Parts.Where(IsEthernet)
            .SelectMany(part => _rules.EthernetPartPins.Where(r => r.Value.IsMatch(part.Pin)).Select(r => r.Key))
            .FirstOrDefault();
        return new SourcePin(pin.Name, pin.Net, uses)
        {
            Number = pin.Number,
            GuidePin = pin.GuideContact is { } contact ? _target.ByContact(contact)?.Name : null,
            Bus = role is { } r ? new BusRole(_buses[(r.Kind, r.Peripheral)], r.Role) : null,
            EthernetRole = ethernetRole,
            MaxVolts = pin.MaxVolts,
            PwmHz = uses.Contains(PinUse.Pwm) ? pin.PwmHz : null,
        };
    }

    /// <summary>The pin's role for its first bus use, from the module functions (`i2c:Wire:SDA`).</summary>
    private static (BusKind Kind, string Peripheral, string Role)? RoleOf(SourceBoardPin pin)
    {
        foreach (var use in pin.Uses.Where(u => u is PinUse.I2c or PinUse.Spi or PinUse.Uart or PinUse.Can))
        {
            foreach (var function in pin.Functions)
            {
                var parts = function.Split(':', StringSplitOptions.TrimEntries);
                if (parts.Length == 3 && BusKinds.TryParse(parts[0], out var kind) && kind.Use() == use)
                {
                    return (kind, parts[1], parts[2].ToUpperInvariant());
                }
            }
        }

        return null;
    }

    private IReadOnlyList<int> AddressesOf(IEnumerable<NetPart> parts) =>
        parts.SelectMany(p => _rules.I2cAddressParts.Where(a => a.Pattern.IsMatch(p.Value)).Select(a => a.Address))
            .Distinct()
            .Order()
            .ToList();

    private bool IsEthernet(NetPart part) => _rules.EthernetPart?.IsMatch(part.Value) == true;
}
