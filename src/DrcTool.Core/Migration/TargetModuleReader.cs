using DrcTool.Core.Binding;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Migration;

/// <summary>
/// Builds the B-SoM <see cref="TargetModule"/> from rules/ data: contacts, names and kinds from the B-SoM pinout,
/// ADC and DAC inputs from its pin functions (rules/modules/b-som/pinout.csv), buses, PWM groups and limits from rules/migration.yaml.
/// The one place that knows where those facts live, so the module data (issue 10) can take over here alone.
/// </summary>
public static class TargetModuleReader
{
    private static readonly Lazy<TargetModule> DefaultLazy =
        new(() => Build(ModuleCatalog.Default.BSom.Pinout, MigrationRules.Default));

    /// <summary>The B-SoM as rules/ describes it.</summary>
    public static TargetModule Default => DefaultLazy.Value;

    public static TargetModule Build(SomPinout pinout, MigrationRules rules)
    {
        var groupOf = new Dictionary<string, PwmGroup>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in rules.PwmGroups)
        {
            foreach (var pin in group.Pins)
            {
                groupOf[pin] = group;
            }
        }

        var contacts = pinout.Pins
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

        var module = new TargetModule(contacts, rules.Buses, rules.PwmGroups, rules.MaxInterrupts, rules.DefaultPwmHz)
        {
            PmicBus = rules.PmicBus,
            PmicDevices = rules.PmicDevices,
            PmicInterruptPin = rules.PmicInterruptPin,
            EthernetBus = rules.EthernetBus,
            EthernetPins = rules.EthernetPins,
        };
        Validate(module);
        return module;
    }

    /// <summary>Every pin the rules name must exist in the pinout: a typo in the YAML fails at load, not in a plan.</summary>
    private static void Validate(TargetModule module)
    {
        var named = module.Buses.SelectMany(b => b.Roles.Values.Concat(b.OptionalRoles.Values))
            .Concat(module.PwmGroups.SelectMany(g => g.Pins))
            .Concat(module.EthernetPins.Values)
            .Concat(module.PmicInterruptPin is null ? [] : [module.PmicInterruptPin]);
        foreach (var name in named)
        {
            module.Require(name);
        }

        foreach (var busName in new[] { module.PmicBus, module.EthernetBus }.OfType<string>())
        {
            _ = module.Bus(busName) ?? throw new InvalidOperationException($"rules/migration.yaml names bus '{busName}', which it does not define");
        }
    }
}
