namespace DrcTool.Core.Analysis.Values;

/// <summary>The unit a component value names. <see cref="None"/> when the text gives only a number ("10k", "100n").</summary>
public enum ValueUnit
{
    None,
    Ohm,
    Farad,
    Henry,
    Volt,
    Ampere,
    Hertz,
    Watt,
}
