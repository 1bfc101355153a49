using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad;

/// <summary>KiCad's electrical pin type names (boards' pintype, netlists' type/pintype) mapped to <see cref="PinType"/>.</summary>
internal static class KiCadPinTypes
{
    public static PinType Parse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return PinType.Unspecified;

        // KiCad 7+ appends "+no_connect" to a pin that carries a no-connect flag ("passive+no_connect"):
        // the pin's own type is what comes before it.
        var plus = text.IndexOf('+');
        var type = plus > 0 ? text[..plus] : text;
        return type switch
        {
            "input" => PinType.Input,
            "output" => PinType.Output,
            "bidirectional" or "BiDi" => PinType.Bidirectional,
            "tri_state" or "3state" => PinType.TriState,
            "passive" => PinType.Passive,
            "power_in" => PinType.PowerIn,
            "power_out" => PinType.PowerOut,
            "open_collector" or "openCol" => PinType.OpenCollector,
            "open_emitter" or "openEm" => PinType.OpenEmitter,
            "no_connect" or "NotConnected" => PinType.NoConnect,
            "free" => PinType.Free,
            _ => PinType.Unspecified,
        };
    }

    /// <summary>KiCad writes "~" for a pin (or function) with no name.</summary>
    public static string PinName(string? text) => text is null or "~" ? string.Empty : text;
}
