namespace DrcTool.Core.Analysis.Values;

/// <summary>A voltage that a name states: "+3V3" is 3.3 V, "VBUS" 5 V, "GND" 0 V.</summary>
/// <param name="Volts">The value checks use: nominal, or for batteries the highest they normally reach.</param>
/// <param name="MinVolts">The lowest it normally is (the same as <paramref name="Volts"/> for a fixed rail).</param>
/// <param name="MaxVolts">The highest it normally is.</param>
/// <param name="IsGround">A ground net (GND, AGND, VSS...).</param>
/// <param name="Why">In words: "name '+3V3' says 3.3 V", "VBUS is USB bus power, 5 V".</param>
public sealed record NamedVoltage(double Volts, double MinVolts, double MaxVolts, bool IsGround, string Why)
{
    public static NamedVoltage Fixed(double volts, string why) => new(volts, volts, volts, false, why);
}
