namespace DrcTool.Core.Model;

/// <summary>A placed part: one reference designator, however many symbol units it has.</summary>
public sealed class Component
{
    public Component(
        string reference,
        string value,
        string footprint,
        string library,
        string symbol,
        IReadOnlyDictionary<string, string> properties,
        bool fitted,
        IReadOnlyList<ComponentPin> pins,
        SourceLocation location)
    {
        Reference = reference;
        Value = value;
        Footprint = footprint;
        Library = library;
        Symbol = symbol;
        Properties = properties;
        Fitted = fitted;
        Pins = pins;
        Location = location;
    }

    public string Reference { get; }
    public string Value { get; }
    public string Footprint { get; }
    /// <summary>The symbol or device library (Eagle library name, KiCad lib_id prefix).</summary>
    public string Library { get; }
    /// <summary>The symbol or device name (Eagle deviceset+device, KiCad lib_id entry name).</summary>
    public string Symbol { get; }
    public IReadOnlyDictionary<string, string> Properties { get; }
    /// <summary>False when the part is marked DNP, has an NC/DNP value, or is excluded from the board/BOM.</summary>
    public bool Fitted { get; }
    public IReadOnlyList<ComponentPin> Pins { get; }
    public SourceLocation Location { get; }

    public ComponentPin? FindPin(string number)
    {
        foreach (var pin in Pins)
        {
            if (pin.Number == number)
            {
                return pin;
            }
        }

        return null;
    }

    public override string ToString() => $"{Reference} ({Value})";
}
