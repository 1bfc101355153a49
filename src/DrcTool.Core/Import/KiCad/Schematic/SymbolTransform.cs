namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>
/// Places a library pin on the sheet. Library coordinates have Y pointing up, the sheet's Y points down; the symbol's
/// <c>(at x y angle)</c> rotates counter-clockwise as seen on screen, and <c>(mirror x|y)</c> is applied after the
/// rotation (KiCad stores orientation as rotation followed by mirror). Done in integer grid steps so it is exact.
/// </summary>
internal static class SymbolTransform
{
    public static GridPoint PinPoint(PlacedSymbol symbol, LibPin pin)
    {
        var local = GridPoint.FromMm(pin.X, pin.Y);
        // Into sheet orientation: flip Y.
        var x = local.X;
        var y = -local.Y;
        (x, y) = symbol.Angle switch
        {
            // Counter-clockwise on screen with Y down: (1, 0) goes to (0, -1).
            90 => (y, -x),
            180 => (-x, -y),
            270 => (-y, x),
            _ => (x, y),
        };
        if (symbol.MirrorX) y = -y;
        if (symbol.MirrorY) x = -x;
        var origin = GridPoint.FromMm(symbol.X, symbol.Y);
        return new GridPoint(origin.X + x, origin.Y + y);
    }
}
