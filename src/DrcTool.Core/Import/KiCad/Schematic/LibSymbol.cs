using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>One pin of a library symbol, in the symbol's own coordinates (millimetres, Y pointing up as in the file).</summary>
/// <param name="Unit">0 when the pin belongs to every unit (sub-symbol NAME_0_x).</param>
/// <param name="BodyStyle">0 for every body style, 1 for the normal one, 2 for De Morgan.</param>
internal sealed record LibPin(string Number, string Name, PinType Type, bool Hidden, double X, double Y, int Unit, int BodyStyle)
{
    /// <summary>
    /// A power-input pin that joins the global net of its name: hidden on any symbol (KiCad's implicit power pins),
    /// or on a power symbol.
    /// </summary>
    public bool IsGlobalPower(bool onPowerSymbol) => Type == PinType.PowerIn && (Hidden || onPowerSymbol);
}

/// <summary>A symbol definition from a schematic's embedded <c>lib_symbols</c>.</summary>
internal sealed class LibSymbol(string libId, bool isPower, IReadOnlyList<LibPin> pins, bool isLocalPower = false, int unitCount = 1)
{
    /// <summary>KiCad 9's <c>(power local)</c>: the net it names belongs to its own sheet instance only.</summary>
    public bool IsLocalPower { get; } = isLocalPower;

    public string LibId { get; } = libId;

    /// <summary>
    /// KiCad 10's <c>jumper_pin_groups</c>: pin numbers joined inside the part (a solder jumper, a shunt), so their
    /// nets are one. Duplicate pin numbers (<c>duplicate_pin_numbers_are_jumpers</c>) need nothing here: one number
    /// is one pad, which joins its nets anyway.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> JumperGroups { get; init; } = [];
    /// <summary>The symbol carries <c>(power)</c>: it names a global net and is not a part.</summary>
    public bool IsPower { get; } = isPower;
    public IReadOnlyList<LibPin> Pins { get; } = pins;

    /// <summary>How many units the part has (1 for a single-unit symbol): the highest unit a sub-symbol or pin names.</summary>
    public int UnitCount { get; } = Math.Max(Math.Max(1, unitCount), pins.Count == 0 ? 1 : pins.Max(p => p.Unit));

    /// <summary>The pins a placed unit brings: its own unit's, the shared unit 0's, for its body style or all styles.</summary>
    public IEnumerable<LibPin> PinsOf(int unit, int bodyStyle)
    {
        foreach (var pin in Pins)
        {
            if ((pin.Unit == 0 || pin.Unit == unit) && (pin.BodyStyle == 0 || pin.BodyStyle == bodyStyle))
            {
                yield return pin;
            }
        }
    }

    /// <summary>Every pad of the part once, whatever units are placed: the physical package.</summary>
    public IReadOnlyList<ComponentPin> PackagePins()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ComponentPin>();
        foreach (var pin in Pins)
        {
            if (pin.BodyStyle <= 1 && seen.Add(pin.Number))
            {
                result.Add(new ComponentPin(pin.Number, pin.Name, pin.Type));
            }
        }

        result.Sort((a, b) => NaturalComparer.Instance.Compare(a.Number, b.Number));
        return result;
    }
}
