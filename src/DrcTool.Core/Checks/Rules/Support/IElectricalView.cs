using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// The questions the base-board rules ask of the electrical picture, in the rules' own words. One adapter maps them
/// onto the picture, so the rules read as the datasheet does and do not depend on how the picture stores things.
/// </summary>
internal interface IElectricalView
{
    PartClass ClassOf(Component part);

    /// <summary>Fitted and electrical: not DNP/NC, not a power symbol or a drawing.</summary>
    bool InCircuit(Component part);

    /// <summary>A resistor's value in ohms, or null when it is not a resistor or the value cannot be read.</summary>
    double? Ohms(Component part);

    /// <summary>The net's rail when its voltage is known (ground is a rail of 0 V).</summary>
    Rail? RailOf(Net net);

    bool IsGround(Net net);

    /// <summary>The net and every net joined to it by closed jumpers, 0 Ω parts, ferrites and fuses.</summary>
    IReadOnlyList<Net> Joined(Net net);

    /// <summary>Resistor paths from the net to rails: pull-ups, pull-downs and dividers.</summary>
    IReadOnlyList<PullPath> PullPaths(Net net);

    /// <summary>IC outputs that drive the net high, with the rail they are powered from.</summary>
    IReadOnlyList<Drive> Drivers(Net net);
}

/// <summary>A resistor path from a net to a rail.</summary>
/// <param name="Target">The rail reached.</param>
/// <param name="TargetNet">The rail's net.</param>
/// <param name="Resistors">The resistors on the path, nearest first.</param>
/// <param name="Ohms">Total series resistance, or null when a value cannot be read.</param>
/// <param name="NodeVolts">The voltage the net settles at when the path and any divider to ground are counted, when known.</param>
/// <param name="Steps">The path, one step a line: "net /INT", "R7 10k", "net +5V".</param>
internal sealed record PullPath(Rail Target, Net TargetNet, IReadOnlyList<Component> Resistors, double? Ohms, double? NodeVolts, IReadOnlyList<string> Steps)
{
    public bool IsPullUp => Target.Volts > 0;
}

/// <summary>An IC output pin on a net and the rail it is powered from.</summary>
internal sealed record Drive(Component Part, string Pad, Rail Supply);
