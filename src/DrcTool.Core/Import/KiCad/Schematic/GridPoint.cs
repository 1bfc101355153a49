namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// A schematic position on a fixed 0.1 µm grid. KiCad itself connects items only when their coordinates are equal
/// in its integer internal units, so positions are compared exactly after rounding, never with a tolerance.
/// </summary>
internal readonly record struct GridPoint(long X, long Y)
{
    /// <summary>Grid steps per millimetre (1e-4 mm: finer than KiCad's 100 nm schematic unit).</summary>
    public const double StepsPerMm = 10_000;

    public static GridPoint FromMm(double x, double y) =>
        new((long)Math.Round(x * StepsPerMm, MidpointRounding.AwayFromZero), (long)Math.Round(y * StepsPerMm, MidpointRounding.AwayFromZero));

    public override string ToString() => $"({X / StepsPerMm:0.####}, {Y / StepsPerMm:0.####})";
}
