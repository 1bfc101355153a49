namespace DrcTool.Core.Migration;

/// <summary>What the solver assumes about the new base board.</summary>
public sealed record SolveOptions
{
    /// <summary>
    /// The base board fits the bq24195 PMIC and MAX17043 fuel gauge on D0/D1 with their interrupt on A6, as the
    /// Electron, E-Series and Boron carried on the module. Then D0/D1 are that I2C bus (no GPIO), A6 takes no signal
    /// and an I2C device at 0x6B or 0x36 collides.
    /// </summary>
    public bool PmicFitted { get; init; } = true;

    /// <summary>Search nodes before the solver returns the best plan found so far (then not proven optimal).</summary>
    public int NodeLimit { get; init; } = 200_000;
}
