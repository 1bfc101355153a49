using System.Globalization;
using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>Reads one <c>(symbol "lib:name" ...)</c> of <c>lib_symbols</c>: its power flag and the pins of every unit.</summary>
internal static class LibSymbolParser
{
    public static LibSymbol Parse(string path, SExprNode definition)
    {
        var libId = definition.AtomAt(1) ?? throw new DesignReadException(path, definition.Line, definition.Column, "library symbol has no name");
        var isPower = false;
        var isLocalPower = false;
        var unitCount = 1;
        var pins = new List<LibPin>();
        var jumpers = new List<IReadOnlyList<string>>();
        foreach (var child in definition.Children)
        {
            if (child.HeadIs("jumper_pin_groups"u8))
            {
                // KiCad 10: (jumper_pin_groups ("1" "2") ("3" "4")), pins joined inside the part.
                foreach (var group in child.Children)
                {
                    if (!group.IsList) continue;
                    var numbers = new List<string>();
                    foreach (var number in group.Children)
                    {
                        if (number.IsAtom) numbers.Add(number.Text);
                    }

                    if (numbers.Count > 1) jumpers.Add(numbers);
                }

                continue;
            }

            if (child.HeadIs("power"u8))
            {
                // KiCad 9 writes (power local) for a power net of one sheet; (power) or (power global) otherwise.
                isPower = true;
                isLocalPower = child.AtomAt(1) == "local";
            }
            else if (child.HeadIs("symbol"u8))
            {
                var (unit, style) = UnitAndStyle(child.AtomAt(1));
                unitCount = Math.Max(unitCount, unit);
                foreach (var item in child.Children)
                {
                    if (item.HeadIs("pin"u8)) pins.Add(Pin(path, item, unit, style));
                }
            }
            else if (child.HeadIs("pin"u8))
            {
                pins.Add(Pin(path, child, 0, 0));
            }
        }

        return new LibSymbol(libId, isPower, pins, isLocalPower, unitCount) { JumperGroups = jumpers };
    }

    /// <summary>Sub-symbols are named NAME_unit_style: "R_0_1" is shared by all units, "ECC83_2_1" is unit 2.</summary>
    private static (int Unit, int Style) UnitAndStyle(string? name)
    {
        if (name is null) return (0, 0);
        var last = name.LastIndexOf('_');
        if (last <= 0) return (0, 0);
        var before = name.LastIndexOf('_', last - 1);
        if (before < 0) return (0, 0);
        var unitOk = int.TryParse(name.AsSpan(before + 1, last - before - 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var unit);
        var styleOk = int.TryParse(name.AsSpan(last + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var style);
        return unitOk && styleOk ? (unit, style) : (0, 0);
    }

    private static LibPin Pin(string path, SExprNode pin, int unit, int style)
    {
        var type = PinTypeOf(pin.AtomAt(1));
        var hidden = false;
        foreach (var child in pin.Children)
        {
            // KiCad 6/7 write a bare "hide" atom; KiCad 8 and later "(hide yes)".
            if (child.IsAtom && child.TextIs("hide"u8)) hidden = true;
            else if (child.HeadIs("hide"u8)) hidden = child.AtomAt(1) is null or "yes";
        }

        var at = pin.Child("at"u8);
        if (!at.IsValid)
        {
            throw new DesignReadException(path, pin.Line, pin.Column, "library pin has no (at x y angle)");
        }

        var x = at.NumberAt(1) ?? 0;
        var y = at.NumberAt(2) ?? 0;
        var number = pin.ChildAtom("number"u8) ?? string.Empty;
        var name = pin.ChildAtom("name"u8) ?? string.Empty;
        return new LibPin(number, name == "~" ? string.Empty : name, type, hidden, x, y, unit, style);
    }

    private static PinType PinTypeOf(string? keyword) => keyword switch
    {
        "input" => PinType.Input,
        "output" => PinType.Output,
        "bidirectional" => PinType.Bidirectional,
        "tri_state" => PinType.TriState,
        "passive" => PinType.Passive,
        "power_in" => PinType.PowerIn,
        "power_out" => PinType.PowerOut,
        "open_collector" => PinType.OpenCollector,
        "open_emitter" => PinType.OpenEmitter,
        "no_connect" or "unconnected" => PinType.NoConnect,
        "free" => PinType.Free,
        _ => PinType.Unspecified,
    };
}
