using System.Text;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// The name KiCad gives a net that only pins drive. KiCad 6 writes "Net-(U1-Pad3)"; KiCad 7 and later use the pin's
/// name when it has one, with the unit letter of a multi-unit part ("Net-(U1A-VCC)"), adding the pad only when the
/// name repeats in the unit ("Net-(U1-GND-Pad5)"), and "Net-(R1-Pad2)" for unnamed pins.
/// </summary>
internal static class PinNetNames
{
    /// <param name="unconnected">
    /// The name for a net marked with a no-connect flag: KiCad then writes "unconnected-(U1-VBUS-PadA4)", always with
    /// the pad (SCH_PIN::GetDefaultNetName with aForceNoConnect).
    /// </param>
    public static string For(string reference, LibSymbol lib, LibPin pin, int unit, int bodyStyle, bool kiCad7Names, bool unconnected = false)
    {
        var pad = ConnectivityBuilder.EscapeNetName(pin.Number);
        var start = unconnected ? "unconnected-(" : "Net-(";
        if (!kiCad7Names || pin.Name.Length == 0 || pin.Name == pin.Number)
        {
            return $"{start}{reference}-Pad{pad})";
        }

        var repeated = unconnected;
        foreach (var other in lib.PinsOf(unit, bodyStyle))
        {
            if (other.Name == pin.Name && other.Number != pin.Number)
            {
                repeated = true;
                break;
            }
        }

        var unitReference = lib.UnitCount > 1 ? reference + UnitLetters(unit) : reference;
        var name = $"{start}{unitReference}-{ConnectivityBuilder.EscapeNetName(pin.Name)}";
        return repeated ? $"{name}-Pad{pad})" : name + ")";
    }

    /// <summary>KiCad's unit suffix: A…Z, then AA, AB…</summary>
    public static string UnitLetters(int unit)
    {
        if (unit < 1) return string.Empty;
        var letters = new StringBuilder();
        for (var n = unit; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + (n - 1) % 26));
        }

        return letters.ToString();
    }
}
