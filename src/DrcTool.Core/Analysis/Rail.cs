namespace DrcTool.Core.Analysis;

/// <summary>A net whose voltage is known, with the reason it is known, and whether the board can cut it.</summary>
/// <param name="NetName">The net (for a node joined through jumpers or 0 Ω parts, the name that best names it).</param>
/// <param name="Volts">Nominal voltage; 0 for ground. For batteries, the charged voltage (4.2 V): the value checks use.</param>
/// <param name="VoltageSource">Why: "SoM contact 3V3 (10/12)", "net name '+5V'", "U3 AP2112K-3.3 output", "config".</param>
/// <param name="CanBeCut">True when a load switch or a regulator with a driven enable makes it.</param>
/// <param name="CutReason">Which part cuts it and how, when <paramref name="CanBeCut"/>.</param>
public sealed record Rail(string NetName, double Volts, string VoltageSource, bool CanBeCut, string? CutReason)
{
    /// <summary>The lowest the rail normally sits at (a LiPo: 3.0 V; the SoM's VCC: 3.6 V).</summary>
    public double MinVolts { get; init; } = Volts;

    /// <summary>The highest the rail normally reaches; use this for over-voltage checks.</summary>
    public double MaxVolts { get; init; } = Volts;

    public bool IsGround { get; init; }

    /// <summary>Every net joined into this rail (through closed jumpers, 0 Ω parts, ferrites), in natural order.</summary>
    public IReadOnlyList<string> Nets { get; init; } = [];

    /// <summary>Everything that spoke to the voltage, strongest first; the first gave <see cref="Volts"/>.</summary>
    public IReadOnlyList<VoltageEvidence> Evidence { get; init; } = [];

    /// <summary>
    /// True when two pieces of evidence disagree by more than rail.conflict-volts (0.15 V shipped), e.g. a net named
    /// "3V3" fed by a 5 V regulator. Worked out when the picture is built, with the parameters in effect.
    /// </summary>
    public bool HasConflict { get; init; }

    /// <summary>Whether the evidence disagrees with <paramref name="volts"/> by more than <paramref name="tolerance"/>.</summary>
    public static bool Conflicts(IEnumerable<VoltageEvidence> evidence, double volts, bool isGround, double tolerance) =>
        evidence.Any(e => (!e.IsGround && Math.Abs(e.Volts - volts) > tolerance) || e.IsGround != isGround);

    public override string ToString() =>
        $"{NetName} {Volts.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} V ({VoltageSource}){(CanBeCut ? ", can be cut: " + CutReason : "")}";
}
