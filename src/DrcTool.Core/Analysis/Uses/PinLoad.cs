using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Uses;

/// <summary>A part's pad a module pin reaches, the pad's function name ("SDA", "INT", "G") and the resistor it goes through.</summary>
/// <param name="Function">The pad's name in its normal form (<see cref="PinNameForms.Normalize"/>).</param>
/// <param name="Via">The resistor between the pin's net and the pad (an LED's or a gate's resistor); null when direct.</param>
public sealed record PinLoad(Component Part, string Pad, string Function, PartClass Class, Component? Via)
{
    public string Describe() => $"{Part.Reference}.{Pad}{(Function.Length > 0 && Function != Pad ? $" {Function}" : "")} ({Part.Value})"
        + (Via is null ? "" : $" through {(Via.Value.Length > 0 ? $"{Via.Reference} {Via.Value}" : Via.Reference)}");
}

/// <summary>The normal form of a part's pin name, so one role has one spelling.</summary>
public static class PinNameForms
{
    /// <summary>"~{INT}", "/INT", "!INT", "INT#", "nINT" → "INT"; "INTn" → "INTN"; "SDA/D0" stays whole.</summary>
    public static string Normalize(string name)
    {
        var text = name.Replace("~{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal).Replace("~", "", StringComparison.Ordinal)
            .Replace("!", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal).Trim();
        if (text.StartsWith('/')) text = text[1..];
        text = text.ToUpperInvariant();
        // "@3" suffixes Eagle adds to repeated names.
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at > 0) text = text[..at];
        return text switch
        {
            "NINT" => "INT",
            "ALERT" or "NALRT" => "ALRT",
            "SCS" or "NCS" or "CS" or "CSN" => "SCSN",
            "SCK" => "SCLK",
            "RST" or "NRST" or "RESET" or "NRESET" or "RSTN" => "RSTN",
            _ => text,
        };
    }
}
