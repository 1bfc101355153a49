namespace DrcTool.Reporting.Model;

/// <summary>A net whose voltage is known.</summary>
/// <param name="Net">The rail's net name, e.g. "+3V3".</param>
/// <param name="Volts">Nominal voltage; 0 for ground.</param>
/// <param name="VoltageSource">Where the voltage came from, e.g. "net name '+5V'" or "U3 AP2112K-3.3 output".</param>
/// <param name="CanBeCut">Whether a load switch or an enabled regulator can switch it off.</param>
/// <param name="CutReason">Which part cuts it, when it can be cut.</param>
public sealed record RailRow(string Net, double Volts, string VoltageSource, bool CanBeCut, string? CutReason);
