using DrcTool.Core.Config;
using BenchmarkDotNet.Attributes;
using DrcTool.Core.Migration;

namespace DrcTool.Benchmarks;

/// <summary>
/// A migration plan for a 40-pin-use board (target: under 50 ms in-process), beside a baseline of checking one plan
/// of the same board with <see cref="PlanValidator"/>: the ratio says how many plan checks one solve costs.
/// </summary>
[MemoryDiagnoser]
public class MigrationBenchmarks
{
    private readonly TargetModule _target = TargetModuleReader.Default;
    private readonly MigrationRules _rules = MigrationRules.Default;
    private readonly SolveOptions _options = new() { PmicFitted = true };
    private IReadOnlyList<SourcePin> _pins = [];
    private PinPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pins = FortyPinUses();
        _plan = PlanSolver.Solve(_target, _pins, _options, _rules);

        // Time only a plan that is right: proven optimal and passing every constraint.
        var violations = PlanValidator.Violations(_target, _plan.Placements, _options);
        if (_pins.Count != 40 || !_plan.Optimal || violations.Count > 0)
        {
            throw new InvalidOperationException($"the 40-pin plan is wrong: optimal {_plan.Optimal}, {string.Join("; ", violations)}");
        }
    }

    [Benchmark(Baseline = true, Description = "check one 40-pin plan")]
    public int Validate() => PlanValidator.Violations(_target, _plan.Placements, _options).Count;

    [Benchmark(Description = "solve a 40-pin-use plan")]
    public int Solve() => PlanSolver.Solve(_target, _pins, _options, _rules).LostCount;

    /// <summary>
    /// An Electron carrier that uses nearly every pin: analog on A0-A5, WKP and the B port, PWM at two frequencies,
    /// SPI on A3-A5 and SPI1 on D2-D4 with chip selects, Wire with a device at the fuel gauge's address, Serial1 and
    /// Serial4, CAN on C4/C5, the DAC, ten interrupts and plain GPIO on the C port: more uses than the B-SoM has
    /// contacts, so the solver must prove what it cannot place.
    /// </summary>
    public static IReadOnlyList<SourcePin> FortyPinUses()
    {
        var spi = new SourceBus(BusKind.Spi, "SPI");
        var spi1 = new SourceBus(BusKind.Spi, "SPI1");
        var wire = new SourceBus(BusKind.I2c, "Wire") { Addresses = [0x36, 0x48] };
        var serial1 = new SourceBus(BusKind.Uart, "Serial1");
        var serial4 = new SourceBus(BusKind.Uart, "Serial4");
        var can = new SourceBus(BusKind.Can, "CAN1");
        SourcePin Pin(string name, string? guide, params PinUse[] uses) => new(name, "N_" + name, uses) { GuidePin = guide };
        SourcePin Bus(string name, string? guide, SourceBus bus, string role) => Pin(name, guide, bus.Kind.Use()) with { Bus = new BusRole(bus, role) };
        return
        [
            Pin("A0", "A0", PinUse.Analog), Pin("A1", "A1", PinUse.Analog), Bus("A2", "A2", spi, "SS"),
            Bus("A3", "A3", spi, "SCK"), Bus("A4", "A4", spi, "MISO"), Bus("A5", "A5", spi, "MOSI"),
            Pin("DAC", "A6", PinUse.Dac), Pin("WKP", "A7", PinUse.Analog, PinUse.Interrupt),
            Pin("B0", null, PinUse.Pwm) with { PwmHz = 2000 }, Pin("B1", null, PinUse.Pwm) with { PwmHz = 2000 },
            Pin("B2", null, PinUse.Analog), Pin("B3", null, PinUse.Analog), Pin("B4", null, PinUse.Analog), Pin("B5", null, PinUse.Analog),
            Bus("C0", null, serial4, "RX"), Bus("C1", null, serial4, "TX"), Pin("C2", null, PinUse.Digital, PinUse.Interrupt),
            Pin("C3", null, PinUse.Digital, PinUse.Interrupt), Bus("C4", null, can, "TX"), Bus("C5", null, can, "RX"),
            Bus("D0", "D0", wire, "SDA"), Bus("D1", "D1", wire, "SCL"), Bus("D2", "D2", spi1, "MOSI"), Bus("D3", "D3", spi1, "MISO"),
            Bus("D4", "D4", spi1, "SCK"), Bus("D5", "D5", spi1, "SS"), Pin("D6", "D6", PinUse.Digital, PinUse.Interrupt),
            Pin("D7", "D7", PinUse.Led, PinUse.Pwm), Bus("TX", "TX", serial1, "TX"), Bus("RX", "RX", serial1, "RX"),
            Pin("E1", null, PinUse.Digital, PinUse.Interrupt), Pin("E2", null, PinUse.Digital, PinUse.Interrupt),
            Pin("E3", null, PinUse.Digital, PinUse.Interrupt), Pin("E4", null, PinUse.Digital, PinUse.Interrupt),
            Pin("E5", null, PinUse.Digital, PinUse.Interrupt), Pin("E6", null, PinUse.Digital, PinUse.Interrupt),
            Pin("E7", null, PinUse.Digital), Pin("E8", null, PinUse.Digital), Pin("E9", null, PinUse.Pwm) with { PwmHz = 500 },
            Pin("E10", null, PinUse.Digital),
        ];
    }
}
