using System.Globalization;

namespace DrcTool.Core.Knowledge;

/// <summary>
/// Every number a rule or the electrical picture checks against, typed, from rules/rule-parameters.yaml with the
/// config's `parameters:` laid over it. The one place C# learns a limit: no rule holds a number of its own.
/// Building it reads every key it needs exactly once (<see cref="KeysRead"/>), so a test can tell a key in the file
/// that nothing reads from a key the code reads that the file lacks.
/// </summary>
public sealed class RuleParameters
{
    private static readonly Lazy<RuleParameters> DefaultLazy = new(() => new RuleParameters(ParameterTable.Default));

    public RuleParameters(ParameterTable table)
    {
        Table = table;
        var read = new SortedSet<string>(StringComparer.Ordinal);
        double Read(string key)
        {
            read.Add(key);
            return table[key];
        }

        Signal = new SignalLimits(Read("signal.max-volts"));
        Supply3V3 = new SupplyLimits(Read("supply-3v3.min-volts"), Read("supply-3v3.typical-volts"), Read("supply-3v3.max-volts"), null);
        Vusb = new SupplyLimits(Read("vusb.min-volts"), Read("vusb.typical-volts"), Read("vusb.max-volts"), Read("vusb.absolute-max-volts"));
        Vcc = new VccLimits(Read("vcc.min-volts"), Read("vcc.typical-volts"), Read("vcc.b4xx-max-volts"), Read("vcc.b5xx-max-volts"),
            Read("vcc.b4xx-absolute-max-volts"), Read("vcc.b5xx-absolute-max-volts"));
        Battery = new BatteryLimits(Read("battery.full-volts"), Read("battery.empty-volts"), Read("battery.system-min-volts"));
        ResetPullUp = new ResistorRange(Read("reset-pull-up.min-ohms"), Read("reset-pull-up.typical-ohms"), Read("reset-pull-up.max-ohms"));
        ModePullUp = new ResistorRange(Read("mode-pull-up.min-ohms"), null, Read("mode-pull-up.max-ohms"));
        I2cPullUp = new ResistorRange(Read("i2c-pull-up.min-ohms"), null, Read("i2c-pull-up.max-ohms"));
        Pmic = new PmicLimits(Read("pmic.k-ilim-amp-ohms"), Read("pmic.b4xx-min-input-amps"), Read("pmic.b5xx-min-input-amps"), Read("pmic.default-input-amps"));
        Antenna = new AntennaPlacement(Read("antenna.min-metal-mm"), Read("antenna.recommended-metal-mm"));
        StatusLedPwmHz = Read("pwm.status-led-hz");
        DefaultPwmHz = Read("pwm.default-hz");
        ServoPwmHz = Read("pwm.servo-hz");
        MotorPwmHz = Read("pwm.motor-hz");
        TonePwmHz = Read("pwm.tone-hz");
        SeriesTerminationMaxOhms = Read("series-termination.max-ohms");
        RailConflictVolts = Read("rail.conflict-volts");
        KeysRead = read;
    }

    /// <summary>The shipped parameters, no config.</summary>
    public static RuleParameters Default => DefaultLazy.Value;

    /// <summary>The table these were read from, for listing values with their sources.</summary>
    public ParameterTable Table { get; }

    /// <summary>The keys this object read from the table.</summary>
    public IReadOnlySet<string> KeysRead { get; }

    /// <summary>A parameter's value by key, for titles and listings; throws naming the key when there is none.</summary>
    public double this[string key] => Table[key];

    /// <summary>Where the value of <paramref name="key"/> comes from: rules/rule-parameters.yaml or drctool.yaml:line:column.</summary>
    public string SourceOf(string key) => Table.Sources.GetValueOrDefault(key, ParameterTable.ResourceName);

    /// <summary>The highest voltage a SoM signal pin may see (signal.max-volts).</summary>
    public SignalLimits Signal { get; }

    /// <summary>The SoM's 3V3 input (supply-3v3.*).</summary>
    public SupplyLimits Supply3V3 { get; }

    /// <summary>The SoM's VUSB input (vusb.*).</summary>
    public SupplyLimits Vusb { get; }

    /// <summary>The modem supply VCC (vcc.*).</summary>
    public VccLimits Vcc { get; }

    /// <summary>A LiPo battery net is taken at the top of its charge (battery.full-volts).</summary>
    public double BatteryFullVolts => Battery.FullVolts;

    /// <summary>A single LiPo cell and a charger's system rail (battery.*): what a rail named VBAT or VSYS carries.</summary>
    public BatteryLimits Battery { get; }

    public ResistorRange ResetPullUp { get; }

    public ResistorRange ModePullUp { get; }

    public ResistorRange I2cPullUp { get; }

    public PmicLimits Pmic { get; }

    /// <summary>How far the cellular antenna stays from electronics and metal (antenna.*).</summary>
    public AntennaPlacement Antenna { get; }

    /// <summary>The frequency Device OS keeps on the PWM group of the status RGB LED (pwm.status-led-hz).</summary>
    public double StatusLedPwmHz { get; }

    /// <summary>Device OS' PWM frequency when firmware gives none (pwm.default-hz).</summary>
    public double DefaultPwmHz { get; }

    /// <summary>The frame rate an RC servo needs (pwm.servo-hz).</summary>
    public double ServoPwmHz { get; }

    /// <summary>The PWM frequency a motor driver's speed input needs (pwm.motor-hz).</summary>
    public double MotorPwmHz { get; }

    /// <summary>The frequency that stands for a buzzer's own tone (pwm.tone-hz).</summary>
    public double TonePwmHz { get; }

    /// <summary>A resistor of at most this much in series keeps a line the same signal (series-termination.max-ohms).</summary>
    public double SeriesTerminationMaxOhms { get; }

    /// <summary>Two voltage claims on one rail further apart than this conflict (rail.conflict-volts).</summary>
    public double RailConflictVolts { get; }

    /// <summary>These parameters with a config's overrides laid over them.</summary>
    public RuleParameters With(IReadOnlyDictionary<string, (double Value, string Source)> overrides) =>
        overrides.Count == 0 ? this : new RuleParameters(Table.With(overrides));

    /// <summary>"3.6 V": a voltage as titles and messages state it.</summary>
    public static string Volts(double volts) => volts.ToString("0.0##", CultureInfo.InvariantCulture) + " V";

    /// <summary>"10 kΩ", "332 Ω", "1.5 MΩ": a resistance as titles and messages state it.</summary>
    public static string Ohms(double ohms) => ohms >= 1_000_000
        ? (ohms / 1_000_000).ToString("0.###", CultureInfo.InvariantCulture) + " MΩ"
        : ohms >= 1_000
            ? (ohms / 1_000).ToString("0.###", CultureInfo.InvariantCulture) + " kΩ"
            : ohms.ToString("0.###", CultureInfo.InvariantCulture) + " Ω";
}

/// <param name="FullVolts">battery.full-volts: a cell at the end of its charge.</param>
/// <param name="EmptyVolts">battery.empty-volts: a cell at the end of its discharge.</param>
/// <param name="SystemMinVolts">battery.system-min-volts: the least a charger holds its system rail (VSYS) at.</param>
public sealed record BatteryLimits(double FullVolts, double EmptyVolts, double SystemMinVolts);

/// <param name="MaxVolts">signal.max-volts: no SoM signal pin is 5 V tolerant.</param>
public sealed record SignalLimits(double MaxVolts);

/// <summary>A supply input's recommended range, its typical value and (where a rule checks it) its absolute maximum.</summary>
public sealed record SupplyLimits(double MinVolts, double TypicalVolts, double MaxVolts, double? AbsoluteMaxVolts);

/// <summary>VCC: one minimum and typical, and the recommended and absolute maximum of each module family.</summary>
public sealed record VccLimits(double MinVolts, double TypicalVolts, double B4xxMaxVolts, double B5xxMaxVolts,
    double B4xxAbsoluteMaxVolts, double B5xxAbsoluteMaxVolts)
{
    /// <summary>The recommended and absolute maximum for a B5xx (LTE Cat 1) or a B4xx module.</summary>
    public (double Max, double AbsoluteMax) For(bool b5xx) =>
        b5xx ? (B5xxMaxVolts, B5xxAbsoluteMaxVolts) : (B4xxMaxVolts, B4xxAbsoluteMaxVolts);
}

/// <summary>A resistor's sane range, and the value Particle's reference designs fit where the rule names one.</summary>
public sealed record ResistorRange(double MinOhms, double? TypicalOhms, double MaxOhms)
{
    public bool Contains(double ohms) => ohms >= MinOhms && ohms <= MaxOhms;

    /// <summary>"1 kΩ-100 kΩ".</summary>
    public override string ToString() => $"{RuleParameters.Ohms(MinOhms)}-{RuleParameters.Ohms(MaxOhms)}";
}

/// <param name="KIlimAmpOhms">bq2419x input limit = K_ILIM / R_ILIM (pmic.k-ilim-amp-ohms).</param>
/// <param name="B4xxMinInputAmps">The least input current limit that carries an LTE-M modem's peaks (pmic.b4xx-min-input-amps).</param>
/// <param name="B5xxMinInputAmps">The same for the B5xx's LTE Cat 1 modem with 2G/3G fallback (pmic.b5xx-min-input-amps).</param>
/// <param name="DefaultInputAmps">pmic.default-input-amps: the bq24195's input limit from power-up until firmware sets it.</param>
public sealed record PmicLimits(double KIlimAmpOhms, double B4xxMinInputAmps, double B5xxMinInputAmps, double DefaultInputAmps)
{
    public double MinInputAmps(bool b5xx) => b5xx ? B5xxMinInputAmps : B4xxMinInputAmps;
}

/// <param name="MinMetalMillimetres">The least spacing from electronics, grounded or active metal (antenna.min-metal-mm).</param>
/// <param name="RecommendedMetalMillimetres">The spacing Particle recommends (antenna.recommended-metal-mm).</param>
public sealed record AntennaPlacement(double MinMetalMillimetres, double RecommendedMetalMillimetres);
