using System.Globalization;
using System.Text;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// Draws a design as a KiCad 8 schematic, the way an engineer would: every part a symbol from embedded lib_symbols,
/// each connected pin a short wire to a local label ("/NAME" nets), a power symbol (rail nets such as "+3V3", "GND")
/// or a global label (any other name), and a no-connect flag on every pin left open. Used to check that a board gives
/// the same picture, and the same findings, from its schematic as from its netlist.
/// </summary>
internal static class SchematicWriter
{
    private const double Pitch = 2.54;
    private const double ColumnWidth = 76.2;
    private const int PartsPerRow = 4;

    /// <param name="project">The KiCad project named in each symbol's instance data (the .kicad_pro's name).</param>
    /// <param name="title">The title block's title, when given.</param>
    public static string Write(Design design, string project = "sample", string? title = null)
    {
        var text = new StringBuilder();
        text.Append("(kicad_sch\n  (version 20231120)\n  (generator \"eeschema\")\n  (generator_version \"8.0\")\n");
        text.Append($"  (uuid \"{Uuid("root")}\")\n  (paper \"A0\")\n");
        if (title is not null) text.Append($"  (title_block\n    (title \"{Q(title)}\")\n  )\n");
        text.Append("  (lib_symbols\n");
        var libNames = new Dictionary<Component, (string LibId, string? LibName)>();
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in design.Components)
        {
            var libId = $"{(part.Library.Length > 0 ? part.Library : "DrcTool")}:{(part.Symbol.Length > 0 ? part.Symbol : part.Reference)}";
            var pins = ConnectablePins(design, part);
            var signature = string.Join(';', pins.Select(p => $"{p.Number}/{p.Name}/{p.Type}"));
            var key = libId + "|" + signature;
            if (!written.TryGetValue(key, out var entryName))
            {
                entryName = written.Values.Contains(libId, StringComparer.Ordinal) ? $"{libId.Replace(':', '_')}_{written.Count}" : libId;
                written[key] = entryName;
                AppendPartSymbol(text, entryName, ReferencePrefix(part.Reference), pins);
            }

            libNames[part] = (libId, entryName == libId ? null : entryName);
        }

        var rails = design.Nets.Select(n => n.Name).Where(IsRail).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var rail in rails)
        {
            AppendPowerSymbol(text, rail);
        }

        text.Append("  )\n");
        var powerIndex = 0;
        var rowTop = 25.4;
        for (var index = 0; index < design.Components.Count; index++)
        {
            var part = design.Components[index];
            if (index > 0 && index % PartsPerRow == 0) rowTop += RowHeight(design, index / PartsPerRow - 1);
            var x = 50.8 + (index % PartsPerRow) * ColumnWidth;
            var y = rowTop;
            AppendPlacedPart(text, part, libNames[part], x, y, project);
            for (var i = 0; i < part.Pins.Count; i++)
            {
                var tipX = x - 7.62;
                var tipY = y + i * Pitch;
                var net = design.NetOf(part.Reference, part.Pins[i].Number);
                if (net is null || net.Nodes.Count < 2 && !IsUserNamed(net.Name))
                {
                    text.Append($"  (no_connect (at {N(tipX)} {N(tipY)}) (uuid \"{Uuid($"nc{part.Reference}.{i}")}\"))\n");
                    continue;
                }

                var endX = tipX - 5.08;
                text.Append($"  (wire (pts (xy {N(tipX)} {N(tipY)}) (xy {N(endX)} {N(tipY)}))\n    (stroke (width 0) (type default))\n    (uuid \"{Uuid($"w{part.Reference}.{i}")}\")\n  )\n");
                AppendNetMark(text, net.Name, endX, tipY, project, ref powerIndex);
            }
        }

        text.Append("  (sheet_instances\n    (path \"/\" (page \"1\"))\n  )\n)\n");
        return text.ToString();
    }

    /// <summary>Rail-like global names get a power symbol; other names without a sheet path a global label.</summary>
    private static bool IsRail(string name) =>
        !name.StartsWith('/') && !name.Contains('/') && !name.StartsWith("Net-(", StringComparison.Ordinal) && !name.StartsWith("unconnected-", StringComparison.Ordinal)
        && (name.StartsWith('+') || name.StartsWith('-') || name.Contains("GND", StringComparison.Ordinal) || name.StartsWith('V'));

    private static bool IsUserNamed(string name) =>
        !name.StartsWith("Net-(", StringComparison.Ordinal) && !name.StartsWith("unconnected-", StringComparison.Ordinal);

    private static double RowHeight(Design design, int row)
    {
        var pins = design.Components.Skip(row * PartsPerRow).Take(PartsPerRow).Select(c => c.Pins.Count).DefaultIfEmpty(1).Max();
        return (pins + 4) * Pitch;
    }

    private static void AppendNetMark(StringBuilder text, string net, double x, double y, string project, ref int powerIndex)
    {
        if (IsRail(net))
        {
            var reference = $"#PWR{++powerIndex:000}";
            text.Append($"  (symbol (lib_id \"power:{Q(net)}\") (at {N(x)} {N(y)} 0) (unit 1)\n    (exclude_from_sim no) (in_bom yes) (on_board yes) (dnp no)\n");
            text.Append($"    (uuid \"{Uuid(reference)}\")\n    (property \"Reference\" \"{reference}\" (at {N(x)} {N(y)} 0) (effects (font (size 1.27 1.27)) (hide yes)))\n");
            text.Append($"    (property \"Value\" \"{Q(net)}\" (at {N(x)} {N(y)} 0) (effects (font (size 1.27 1.27))))\n");
            text.Append($"    (pin \"1\" (uuid \"{Uuid(reference + "p")}\"))\n");
            text.Append($"    (instances (project \"{Q(project)}\" (path \"/{Uuid("root")}\" (reference \"{reference}\") (unit 1))))\n  )\n");
        }
        else if (net.StartsWith('/') && net.IndexOf('/', 1) < 0)
        {
            text.Append($"  (label \"{Q(net[1..])}\" (at {N(x)} {N(y)} 180) (fields_autoplaced yes)\n    (effects (font (size 1.27 1.27)) (justify right bottom))\n    (uuid \"{Uuid($"l{x},{y}")}\")\n  )\n");
        }
        else
        {
            text.Append($"  (global_label \"{Q(net)}\" (shape bidirectional) (at {N(x)} {N(y)} 180) (fields_autoplaced yes)\n    (effects (font (size 1.27 1.27)) (justify right))\n    (uuid \"{Uuid($"g{x},{y}")}\")\n  )\n");
        }
    }

    private static void AppendPartSymbol(StringBuilder text, string name, string referencePrefix, IReadOnlyList<ComponentPin> pins)
    {
        var unitName = name[(name.IndexOf(':') + 1)..];
        text.Append($"    (symbol \"{Q(name)}\" (pin_names (offset 1.016)) (exclude_from_sim no) (in_bom yes) (on_board yes)\n");
        text.Append($"      (property \"Reference\" \"{Q(referencePrefix)}\" (at 0 2.54 0) (effects (font (size 1.27 1.27))))\n");
        text.Append($"      (symbol \"{Q(unitName)}_0_1\"\n        (rectangle (start -5.08 2.54) (end {N(-5.08 + BodyWidth(pins))} {N(-Pitch * Math.Max(1, pins.Count))}) (stroke (width 0.254) (type default)) (fill (type background)))\n      )\n");
        text.Append($"      (symbol \"{Q(unitName)}_1_1\"\n");
        for (var i = 0; i < pins.Count; i++)
        {
            var pin = pins[i];
            text.Append($"        (pin {PinKeyword(pin.Type)} line (at -7.62 {N(-i * Pitch)} 0) (length 2.54)\n");
            text.Append($"          (name \"{Q(pin.Name.Length > 0 ? pin.Name : "~")}\" (effects (font (size 1.27 1.27))))\n");
            text.Append($"          (number \"{Q(pin.Number)}\" (effects (font (size 1.27 1.27))))\n        )\n");
        }

        text.Append("      )\n    )\n");
    }

    private static void AppendPowerSymbol(StringBuilder text, string rail)
    {
        text.Append($"    (symbol \"power:{Q(rail)}\" (power) (pin_names (offset 0)) (exclude_from_sim no) (in_bom yes) (on_board yes)\n");
        text.Append($"      (property \"Reference\" \"#PWR\" (at 0 0 0) (effects (font (size 1.27 1.27)) (hide yes)))\n");
        text.Append($"      (property \"Value\" \"{Q(rail)}\" (at 0 2.54 0) (effects (font (size 1.27 1.27))))\n");
        text.Append($"      (symbol \"{Q(rail)}_0_1\"\n        (polyline (pts (xy -1.27 0) (xy 1.27 0)) (stroke (width 0.254) (type default)) (fill (type none)))\n      )\n");
        text.Append($"      (symbol \"{Q(rail)}_1_1\"\n        (pin power_in line (at 0 0 90) (length 0) hide\n");
        text.Append($"          (name \"{Q(rail)}\" (effects (font (size 1.27 1.27))))\n          (number \"1\" (effects (font (size 1.27 1.27))))\n        )\n      )\n    )\n");
    }

    private static void AppendPlacedPart(StringBuilder text, Component part, (string LibId, string? LibName) lib, double x, double y, string project)
    {
        var uuid = Uuid(part.Reference);
        text.Append("  (symbol");
        if (lib.LibName is not null) text.Append($" (lib_name \"{Q(lib.LibName)}\")");
        text.Append($" (lib_id \"{Q(lib.LibId)}\") (at {N(x)} {N(y)} 0) (unit 1)\n");
        text.Append($"    (exclude_from_sim no) (in_bom yes) (on_board yes) (dnp {(part.Fitted ? "no" : "yes")})\n    (uuid \"{uuid}\")\n");
        text.Append($"    (property \"Reference\" \"{Q(part.Reference)}\" (at {N(x)} {N(y - 5.08)} 0) (effects (font (size 1.27 1.27))))\n");
        text.Append($"    (property \"Value\" \"{Q(part.Value)}\" (at {N(x)} {N(y - 2.54)} 0) (effects (font (size 1.27 1.27))))\n");
        text.Append($"    (property \"Footprint\" \"{Q(part.Footprint)}\" (at {N(x)} {N(y)} 0) (effects (font (size 1.27 1.27)) (hide yes)))\n");
        foreach (var (key, value) in part.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Sheetfile and Sheetname are what a netlist export adds per part; a schematic's symbols never carry them.
            if (key is "Reference" or "Value" or "Footprint" or "Sheetfile" or "Sheetname") continue;
            text.Append($"    (property \"{Q(key)}\" \"{Q(value)}\" (at {N(x)} {N(y)} 0) (effects (font (size 1.27 1.27)) (hide yes)))\n");
        }

        foreach (var pin in part.Pins)
        {
            text.Append($"    (pin \"{Q(pin.Number)}\" (uuid \"{Uuid(part.Reference + "." + pin.Number)}\"))\n");
        }

        text.Append($"    (instances (project \"{Q(project)}\" (path \"/{Uuid("root")}\" (reference \"{Q(part.Reference)}\") (unit 1))))\n  )\n");
    }

    /// <summary>Wide enough for the longest pin name drawn inside the body, on the 2.54 mm grid; at least 10.16 mm.</summary>
    private static double BodyWidth(IReadOnlyList<ComponentPin> pins)
    {
        var longest = pins.Select(p => p.Name.Length).DefaultIfEmpty(0).Max();
        return Math.Max(4, Math.Ceiling((longest * 1.27 + 2.54) / Pitch)) * Pitch;
    }

    /// <summary>"R12" → "R", "SW1" → "SW": the letters KiCad's annotation numbers.</summary>
    private static string ReferencePrefix(string reference) => reference.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '?') is { Length: > 0 } prefix ? prefix : "U";

    /// <summary>
    /// KiCad 9 never connects a pin of type "no connect", even with a wire drawn to it (kicad-cli leaves it alone on
    /// its "unconnected-(…)" net). A netlist that puts such a pin on a net was not made from a schematic, so to draw
    /// the same connection the symbol's pin becomes passive.
    /// </summary>
    internal static IReadOnlyList<ComponentPin> ConnectablePins(Design design, Component part) =>
        part.Pins.Select(p => p.Type == PinType.NoConnect && design.NetOf(part.Reference, p.Number) is { Nodes.Count: > 1 }
            ? p with { Type = PinType.Passive }
            : p).ToList();

    private static string PinKeyword(PinType type) => type switch
    {
        PinType.Input => "input",
        PinType.Output => "output",
        PinType.Bidirectional => "bidirectional",
        PinType.TriState => "tri_state",
        PinType.PowerIn => "power_in",
        PinType.PowerOut => "power_out",
        PinType.OpenCollector => "open_collector",
        PinType.OpenEmitter => "open_emitter",
        PinType.NoConnect => "no_connect",
        PinType.Free => "free",
        PinType.Unspecified => "unspecified",
        _ => "passive",
    };

    private static string N(double value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Q(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>A UUID fixed by its seed, so the same design always gives the same file.</summary>
    private static string Uuid(string seed)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
