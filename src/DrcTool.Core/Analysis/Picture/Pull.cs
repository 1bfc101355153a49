namespace DrcTool.Core.Analysis.Picture;

/// <summary>Which way a resistor pulls a node.</summary>
public enum PullDirection
{
    /// <summary>The far end is a rail above 0 V.</summary>
    Up,
    /// <summary>The far end is ground.</summary>
    Down,
    /// <summary>The far end is a rail below 0 V.</summary>
    Negative,
    /// <summary>The far end has no known voltage: a series resistor to another signal.</summary>
    Series,
}

/// <summary>One resistor from a node to another node: a pull-up, pull-down, or series resistor.</summary>
/// <param name="Link">The resistor and both its nodes.</param>
/// <param name="Net">The net of the resistor's pad on the node asked about.</param>
/// <param name="OtherNet">The net on its far pad.</param>
/// <param name="OtherRail">The far node's rail, when its voltage is known.</param>
public sealed record Pull(ResistorLink Link, DrcTool.Core.Model.Net Net, DrcTool.Core.Model.Net OtherNet, NetGroup OtherGroup, Rail? OtherRail, PullDirection Direction)
{
    public DrcTool.Core.Model.Component Resistor => Link.Component;
    public double? Ohms => Link.Ohms;

    /// <summary>"R1 10K to 3V3 (3.3 V)".</summary>
    public override string ToString() =>
        $"{Link.Label} to {OtherGroup.Name}{(OtherRail is null ? "" : $" ({OtherRail.Volts.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} V)")}";
}

/// <summary>A resistor divider on a node: one resistor up to a higher rail, one to a lower rail (usually ground).</summary>
/// <param name="Ratio">Rlower / (Rupper + Rlower).</param>
/// <param name="TapVolts">The node's voltage: Vlow + (Vhigh - Vlow) × Ratio.</param>
public sealed record Divider(Pull Upper, Pull Lower, double Ratio, double TapVolts)
{
    public override string ToString() =>
        $"{Upper.Link.Label} / {Lower.Link.Label} from {Upper.OtherGroup.Name}: ratio {Ratio.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}, {TapVolts.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} V";
}
