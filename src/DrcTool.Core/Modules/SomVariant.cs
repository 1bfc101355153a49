namespace DrcTool.Core.Modules;

/// <summary>The B-Series SoM models. B4xx use a u-blox modem, B5xx a Quectel EG91.</summary>
public enum SomVariant
{
    B404X,
    B404,
    B402,
    B524,
    B523,
    B504,
}

public static class SomVariantExtensions
{
    /// <summary>B5xx modules (platform b5som); the rest are B4xx (platform bsom).</summary>
    public static bool IsB5xx(this SomVariant variant) => variant is SomVariant.B524 or SomVariant.B523 or SomVariant.B504;
}
