using DrcTool.Core.Config;

namespace DrcTool.Core.Migration;

/// <summary>
/// Builds the B-SoM <see cref="TargetModule"/> from the module data in rules/modules/b-som: contacts and kinds, ADC
/// and DAC inputs, PWM groups (<c>pwm:GROUP</c>), buses and their roles (<c>i2c:Wire:SDA</c>, <c>spi:SPI1:MOSI</c>,
/// <c>uart:Serial1:RTS</c>), the PMIC's bus and interrupt pin (<c>pmic:SDA</c>, <c>pmic:INT</c>), the W5500's pins
/// (<c>ethernet:nCS</c>) and the interrupt limit (module.yaml). rules/migration.yaml adds what the solver needs on top:
/// which roles are optional or chip selects, the PMIC's addresses; rules/rule-parameters.yaml the PWM frequencies: the
/// group holding the RGB pins runs at pwm.status-led-hz, and pwm.default-hz is Device OS' default.
/// </summary>
public static class TargetModuleReader
{
    private static readonly Lazy<TargetModule> DefaultLazy =
        new(() => Build(ModuleCatalog.Default.BSom, MigrationRules.Default, RuleParameters.Default));

    /// <summary>The B-SoM as rules/ describes it.</summary>
    public static TargetModule Default => DefaultLazy.Value;

    public static TargetModule Build(ModuleDefinition module, MigrationRules rules, RuleParameters parameters)
    {
        var pins = module.Pinout.Pins;
        var statusLedHz = (int)Math.Round(parameters.StatusLedPwmHz);
        var groups = pins.Where(p => p.PwmGroup is { Length: > 0 })
            .GroupBy(p => p.PwmGroup!, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PwmGroup(g.Key, g.Select(p => p.Name).ToList(), g.Any(p => p.Kind == SomPinKind.Rgb) ? statusLedHz : null))
            .ToList();
        var groupOf = groups.SelectMany(g => g.Pins.Select(p => (Pin: p, Group: g))).ToDictionary(x => x.Pin, x => x.Group, StringComparer.OrdinalIgnoreCase);
        var contacts = pins
            .Select(p =>
            {
                var kind = p.Kind.ToString().ToLowerInvariant();
                return new TargetContact(p.Contact, p.Name, kind)
                {
                    TakesSignals = rules.SignalKinds.Contains(kind, StringComparer.OrdinalIgnoreCase),
                    HasAdc = p.Can(PinFunction.Adc),
                    HasDac = p.Can(PinFunction.Dac),
                    Pwm = groupOf.GetValueOrDefault(p.Name),
                };
            })
            .ToList();

        return new TargetModule(contacts, Buses(pins, rules), groups, module.MaxActiveInterrupts, (int)Math.Round(parameters.DefaultPwmHz))
        {
            PmicBus = BusOfRole(pins, "pmic", "SDA", PinFunction.I2c),
            PmicDevices = rules.PmicDevices,
            PmicInterruptPin = PinOfRole(pins, "pmic", "INT"),
            EthernetBus = BusOfRole(pins, "ethernet", "SCK", PinFunction.Spi),
            EthernetPins = pins.SelectMany(p => p.FunctionsOf("ethernet").Select(f => (Role: f.Peripheral ?? "", Pin: p.Name)))
                .Where(x => x.Role.StartsWith('n'))
                .ToDictionary(x => x.Role, x => x.Pin, StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>One bus per i2c/spi/uart peripheral the pins name, its roles split into held and optional.</summary>
    private static List<TargetBus> Buses(IReadOnlyList<SomPin> pins, MigrationRules rules)
    {
        var roles = pins
            .SelectMany(p => p.Functions
                .Where(f => f.Peripheral is not null && f.Role is not null && BusKinds.TryParse(f.Type, out _))
                .Select(f => (Function: f, Pin: p.Name)))
            .Where(x => !rules.ChipSelectRoles.Contains(x.Function.Role!, StringComparer.OrdinalIgnoreCase));
        return roles
            .GroupBy(x => (x.Function.Type, x.Function.Peripheral!))
            .OrderBy(g => g.Key.Item2, StringComparer.Ordinal)
            .Select(g =>
            {
                BusKinds.TryParse(g.Key.Type, out var kind);
                var optional = g.Where(x => rules.OptionalRoles.Contains(x.Function.Role!, StringComparer.OrdinalIgnoreCase)).ToList();
                return new TargetBus(g.Key.Item2, kind,
                    g.Except(optional).ToDictionary(x => x.Function.Role!, x => x.Pin, StringComparer.OrdinalIgnoreCase),
                    optional.ToDictionary(x => x.Function.Role!, x => x.Pin, StringComparer.OrdinalIgnoreCase));
            })
            .ToList();
    }

    private static string? PinOfRole(IEnumerable<SomPin> pins, string type, string role) =>
        pins.FirstOrDefault(p => p.FunctionsOf(type).Any(f => string.Equals(f.Peripheral, role, StringComparison.OrdinalIgnoreCase)))?.Name;

    /// <summary>The bus of <paramref name="busType"/> on the pin that carries <paramref name="type"/>:<paramref name="role"/> (pmic:SDA is on Wire).</summary>
    private static string? BusOfRole(IReadOnlyList<SomPin> pins, string type, string role, string busType) =>
        pins.FirstOrDefault(p => p.FunctionsOf(type).Any(f => string.Equals(f.Peripheral, role, StringComparison.OrdinalIgnoreCase)))
            ?.FunctionsOf(busType).Select(f => f.Peripheral).FirstOrDefault();
}
