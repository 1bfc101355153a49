using System.Text.RegularExpressions;
using DrcTool.Core.Binding;

namespace DrcTool.Core.Migration;

/// <summary>
/// Builds the B-SoM <see cref="TargetModule"/> from rules/ data: contacts, names and kinds from the B-SoM pinout,
/// ADC inputs from its function column, buses, PWM groups and limits from rules/migration.yaml.
/// The one place that knows where those facts live, so the module data (issue 10) can take over here alone.
/// </summary>
public static partial class TargetModuleReader
{
    private static readonly Lazy<TargetModule> DefaultLazy =
        new(() => Build(RuleData.ReadText("som-pinout.csv"), "rules/som-pinout.csv", MigrationRules.Default));

    /// <summary>The B-SoM as rules/ describes it.</summary>
    public static TargetModule Default => DefaultLazy.Value;

    public static TargetModule Build(string pinoutCsv, string pinoutSource, MigrationRules rules)
    {
        var pinout = SomPinout.Parse(pinoutCsv, pinoutSource);
        var functions = FunctionColumn(pinoutCsv);
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
                    HasAdc = functions.TryGetValue(p.Contact, out var text) && AdcToken().IsMatch(text),
                    HasDac = functions.TryGetValue(p.Contact, out var dacText) && DacToken().IsMatch(dacText),
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

    private static Dictionary<int, string> FunctionColumn(string csv)
    {
        var result = new Dictionary<int, string>();
        foreach (var line in csv.Split('\n').Skip(1))
        {
            var fields = CsvFields.Split(line.TrimEnd('\r'));
            if (fields.Count >= 7 && int.TryParse(fields[0], out var contact))
            {
                result[contact] = fields[6];
            }
        }

        return result;
    }

    [GeneratedRegex(@"\bADC\b")]
    private static partial Regex AdcToken();

    [GeneratedRegex(@"\bDAC\b")]
    private static partial Regex DacToken();
}
