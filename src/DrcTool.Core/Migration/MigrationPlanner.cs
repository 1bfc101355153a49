using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;

namespace DrcTool.Core.Migration;

/// <summary>
/// The migration pipeline after import and binding: split the source pins into signals (solved) and the rest
/// (placed by kind), solve, name the pins that lose 5 V tolerance, and pick the board changes and firmware notes.
/// </summary>
public sealed class MigrationPlanner
{
    private readonly TargetModule _target;
    private readonly MigrationRules _rules;
    private readonly RuleParameters _parameters;

    public MigrationPlanner(TargetModule target, MigrationRules rules, RuleParameters parameters)
    {
        _target = target;
        _rules = rules;
        _parameters = parameters;
    }

    public static MigrationPlanner Default { get; } = new(TargetModuleReader.Default, MigrationRules.Default, RuleParameters.Default);

    /// <summary>The antennas each variant needs (rules/modules/b-som/module.yaml `antennas.needed`), for the antennas board change.</summary>
    public ModuleAntennas Antennas { get; init; } = ModuleCatalog.Default.BSom.Antennas;

    /// <summary>The planner with a drctool.yaml's `migration:`, `parameters:` and `antennas:` laid over rules/.</summary>
    public static MigrationPlanner For(DrcConfig config) =>
        config.MigrationOverride is null && config.ParameterOverrides.Count == 0 && config.Antennas.Needed.Count == 0
            ? Default
            : new(TargetModuleReader.Build(ModuleCatalog.Default.BSom, config.Migration, config.Parameters), config.Migration, config.Parameters)
            {
                Antennas = ModuleCatalog.Default.BSom.Antennas.With(config.Antennas),
            };

    public MigrationPlan Plan(SourceBoard board, SomVariant variant, SolveOptions options)
    {
        var signalPins = board.Pins.Where(IsSignal).ToList();
        var sourcePins = new SourcePinBuilder(_target, _rules).Build(signalPins);
        var solved = PlanSolver.Solve(_target, sourcePins, options, _rules);
        var bySignal = signalPins.Zip(solved.Placements).ToDictionary(x => x.First, x => x.Second);
        var fixedPins = new FixedPinMapper(_target, _rules);
        var limit = _parameters.Signal.MaxVolts;
        var placements = board.Pins
            .Select(p => bySignal.TryGetValue(p, out var placed) ? placed : fixedPins.Place(p))
            .Select(p => p.Pin.MaxVolts is { } volts && volts > limit && p.Contact is { TakesSignals: true }
                ? p with { Reason = $"{p.Reason}; sees {volts:0.0#} V today, above the B-SoM's {limit:0.0#} V: level-shift it" }
                : p)
            .ToList();
        var fiveVolt = placements.Where(p => p.Pin.MaxVolts > limit && IsSignal(board.Pins.First(b => b.Name == p.Pin.Name))).ToList();

        var conditions = Conditions(board, options, variant, placements, fiveVolt.Count > 0);
        var notes = new NoteWriter(_rules, _parameters, variant.ToString(), Antennas);
        return new MigrationPlan(
            board.Module, board.Reference, "B-Series SoM", variant.ToString(), placements,
            notes.Select(_rules.BoardChanges, conditions), notes.Select(_rules.Firmware, conditions))
        {
            FiveVoltPins = fiveVolt,
            Optimal = solved.Optimal,
        };
    }

    /// <summary>
    /// A pin the solver places: a GPIO or analog pin, or any other pin whose uses include a signal use, unless the
    /// B-SoM has no counterpart for it (EN, STAT: the base board takes over their job).
    /// </summary>
    private bool IsSignal(SourceBoardPin pin) =>
        !_rules.NoEquivalent.ContainsKey(pin.Name)
        && (pin.Kind is "gpio" or "analog" || pin.Uses.Any(u => u.IsSignal()) && pin.Kind is not ("rgb" or "usb" or "power" or "ground"));

    private static HashSet<string> Conditions(
        SourceBoard board, SolveOptions options, SomVariant variant, IReadOnlyList<PinPlacement> placements, bool lost5V)
    {
        var conditions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "always", options.PmicFitted ? "pmic" : "no-pmic", variant.IsB5xx() ? "b5xx" : "b4xx" };
        var uses = placements.Where(p => p.Contact is not null).SelectMany(p => p.Pin.Uses).ToHashSet();
        Add(board.StatusLedOnModule, "module-rgb");
        Add(board.UsbOnModule, "module-usb");
        Add(lost5V, "lost-5v");
        Add(board.Gen2, "gen2");
        Add(uses.Contains(PinUse.Uart), "uart");
        Add(uses.Contains(PinUse.Interrupt), "interrupts");
        Add(uses.Contains(PinUse.Pwm), "pwm");
        Add(placements.Any(p => p.Status == PlacementStatus.Moved), "moved");
        Add(placements.Any(p => p.Pin.EthernetRole is not null || p.Pin.Bus?.Bus.CarriesEthernet == true), "ethernet");
        return conditions;

        void Add(bool when, string condition)
        {
            if (when)
            {
                conditions.Add(condition);
            }
        }
    }
}
