namespace DrcTool.Core.Analysis;

/// <summary>A net whose voltage is known, with the reason it is known, and whether the board can cut it.</summary>
/// <param name="NetName">The net.</param>
/// <param name="Volts">Nominal voltage; 0 for ground.</param>
/// <param name="VoltageSource">Why: "SoM contact 3V3 (10/12)", "net name '+5V'", "U3 AP2112K-3.3 output", "config".</param>
/// <param name="CanBeCut">True when a load switch or a regulator with a driven enable makes it.</param>
/// <param name="CutReason">Which part cuts it and how, when <paramref name="CanBeCut"/>.</param>
public sealed record Rail(string NetName, double Volts, string VoltageSource, bool CanBeCut, string? CutReason);
