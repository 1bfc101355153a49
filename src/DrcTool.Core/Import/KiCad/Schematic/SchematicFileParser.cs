using System.Globalization;
using DrcTool.Core.Import.SExpressions;
using DrcTool.Core.Model;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>Turns one parsed <c>.kicad_sch</c> document into a <see cref="SchematicFile"/>. Reads KiCad 6 to 9 syntax.</summary>
internal static class SchematicFileParser
{
    public static SchematicFile Parse(SExprDocument document)
    {
        var root = document.Root.First;
        if (!root.IsListHeaded("kicad_sch"u8))
        {
            var at = root.IsValid ? root.Location : new SourceLocation(document.Path, 1, 1);
            throw new DesignReadException(document.Path, at.Line, at.Column, "not a KiCad schematic: the file does not start with (kicad_sch");
        }

        var version = 0;
        if (root.ChildValue("version"u8) is { } versionText)
        {
            int.TryParse(versionText, NumberStyles.Integer, CultureInfo.InvariantCulture, out version);
        }

        var libSymbols = new Dictionary<string, LibSymbol>(StringComparer.Ordinal);
        var symbols = new List<PlacedSymbol>();
        var wires = new List<Segment>();
        var buses = new List<Segment>();
        var busEntries = new List<Segment>();
        var junctions = new List<GridPoint>();
        var noConnects = new List<GridPoint>();
        var labels = new List<SchematicLabel>();
        var sheets = new List<SheetReference>();
        var aliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var legacy = new Dictionary<string, LegacySymbolInstance>(StringComparer.Ordinal);

        foreach (var item in root.Children)
        {
            if (!item.IsList) continue;
            if (item.HeadIs("lib_symbols"u8))
            {
                foreach (var definition in item.Children)
                {
                    if (definition.HeadIs("symbol"u8))
                    {
                        var symbol = LibSymbolParser.Parse(document.Path, definition);
                        libSymbols[symbol.LibId] = symbol;
                    }
                }
            }
            else if (item.HeadIs("symbol"u8)) symbols.Add(PlacedSymbolParser.Parse(document.Path, item));
            else if (item.HeadIs("wire"u8)) AddSegments(document.Path, item, wires);
            else if (item.HeadIs("bus"u8)) AddSegments(document.Path, item, buses);
            else if (item.HeadIs("bus_entry"u8)) busEntries.Add(BusEntry(document.Path, item));
            else if (item.HeadIs("junction"u8)) junctions.Add(At(document.Path, item));
            else if (item.HeadIs("no_connect"u8)) noConnects.Add(At(document.Path, item));
            else if (item.HeadIs("label"u8)) labels.Add(Label(document.Path, item, LabelKind.Local));
            else if (item.HeadIs("global_label"u8)) labels.Add(Label(document.Path, item, LabelKind.Global));
            else if (item.HeadIs("hierarchical_label"u8)) labels.Add(Label(document.Path, item, LabelKind.Hierarchical));
            else if (item.HeadIs("sheet"u8)) sheets.Add(Sheet(document.Path, item));
            else if (item.HeadIs("bus_alias"u8)) AddAlias(item, aliases);
            else if (item.HeadIs("symbol_instances"u8)) AddLegacyInstances(item, legacy);
        }

        return new SchematicFile
        {
            Path = document.Path,
            Version = version,
            Uuid = root.ChildValue("uuid"u8) ?? string.Empty,
            LibSymbols = libSymbols,
            Symbols = symbols,
            Wires = wires,
            Buses = buses,
            BusEntries = busEntries,
            Junctions = junctions,
            NoConnects = noConnects,
            Labels = labels,
            Sheets = sheets,
            BusAliases = aliases,
            LegacySymbolInstances = legacy,
        };
    }

    /// <summary>The point of an item's <c>(at x y ...)</c>.</summary>
    internal static GridPoint At(string path, SExprNode item)
    {
        var at = item.Child("at"u8);
        if (!at.IsValid)
        {
            throw new DesignReadException(path, item.Line, item.Column, $"({item.Head} ...) has no (at x y)");
        }

        return Point(path, at);
    }

    /// <summary>The first two numbers of <c>(at x y)</c> or <c>(xy x y)</c>.</summary>
    internal static GridPoint Point(string path, SExprNode node)
    {
        var x = node.NumberAt(1);
        var y = node.NumberAt(2);
        if (x is null || y is null || !double.IsFinite(x.Value) || !double.IsFinite(y.Value) || Math.Abs(x.Value) > 1e7 || Math.Abs(y.Value) > 1e7)
        {
            throw new DesignReadException(path, node.Line, node.Column, $"({node.Head} ...) needs two finite coordinates");
        }

        return GridPoint.FromMm(x.Value, y.Value);
    }

    private static void AddSegments(string path, SExprNode item, List<Segment> into)
    {
        var pts = item.Child("pts"u8);
        GridPoint? previous = null;
        foreach (var xy in pts.Children)
        {
            if (!xy.HeadIs("xy"u8)) continue;
            var point = Point(path, xy);
            if (previous is { } start)
            {
                into.Add(new Segment(start, point));
            }

            previous = point;
        }

        if (previous is null)
        {
            throw new DesignReadException(path, item.Line, item.Column, $"({item.Head} ...) has no (pts (xy ..) (xy ..))");
        }
    }

    private static Segment BusEntry(string path, SExprNode item)
    {
        var start = At(path, item);
        var dx = item.ChildNumber("size"u8, 1) ?? 0;
        var dy = item.ChildNumber("size"u8, 2) ?? 0;
        if (!double.IsFinite(dx) || !double.IsFinite(dy) || Math.Abs(dx) > 1e6 || Math.Abs(dy) > 1e6)
        {
            throw new DesignReadException(path, item.Line, item.Column, "bus entry size needs two finite numbers");
        }

        return new Segment(start, new GridPoint(start.X + (long)Math.Round(dx * GridPoint.StepsPerMm), start.Y + (long)Math.Round(dy * GridPoint.StepsPerMm)));
    }

    private static SchematicLabel Label(string path, SExprNode item, LabelKind kind)
    {
        var name = item.AtomAt(1) ?? throw new DesignReadException(path, item.Line, item.Column, $"({item.Head} ...) has no name");
        return new SchematicLabel(kind, KiCadText.NetName(name), At(path, item), item.Location);
    }

    private static SheetReference Sheet(string path, SExprNode item)
    {
        string? name = null;
        string? file = null;
        var pins = new List<SheetPin>();
        var position = 0;
        foreach (var child in item.Children)
        {
            if (child.HeadIs("property"u8))
            {
                // The sheet name and file are the first two fields whatever they are called: KiCad 6 marks them
                // (id 0) and (id 1) and names them in the user's language ("Nom feuille", "Fichier de feuille"),
                // KiCad 7 and later write "Sheetname" and "Sheetfile" first (SCH_SHEET's mandatory fields).
                // A field under its English name counts as that field wherever it stands.
                var id = child.ChildNumber("id"u8);
                var slot = child.AtomAt(1) switch
                {
                    "Sheet name" or "Sheetname" => 0,
                    "Sheet file" or "Sheetfile" => 1,
                    _ => id is { } given ? (int)given : position,
                };
                position++;
                if (slot == 0) name ??= child.AtomAt(2);
                else if (slot == 1) file ??= child.AtomAt(2);
            }
            else if (child.HeadIs("pin"u8))
            {
                var pinName = child.AtomAt(1) ?? throw new DesignReadException(path, child.Line, child.Column, "sheet pin has no name");
                pins.Add(new SheetPin(KiCadText.NetName(pinName), At(path, child), child.Location));
            }
        }

        if (string.IsNullOrEmpty(file))
        {
            throw new DesignReadException(path, item.Line, item.Column, "(sheet ...) has no \"Sheet file\" property");
        }

        var uuid = item.ChildValue("uuid"u8) ?? string.Empty;
        return new SheetReference(uuid, string.IsNullOrEmpty(name) ? uuid : name, file, pins, item.Location);
    }

    private static void AddAlias(SExprNode item, Dictionary<string, IReadOnlyList<string>> aliases)
    {
        var name = item.AtomAt(1);
        if (name is null) return;
        var members = new List<string>();
        var head = true;
        foreach (var child in item.Child("members"u8).Children)
        {
            if (!head && child.IsAtom) members.Add(child.Text);
            head = false;
        }

        aliases[KiCadText.EscapeNetName(name)] = members;
    }

    private static void AddLegacyInstances(SExprNode item, Dictionary<string, LegacySymbolInstance> into)
    {
        foreach (var path in item.Children)
        {
            if (!path.HeadIs("path"u8) || path.AtomAt(1) is not { } key) continue;
            var unit = path.ChildNumber("unit"u8) is { } u ? (int)u : 1;
            into[key] = new LegacySymbolInstance(path.ChildValue("reference"u8) ?? string.Empty, unit, path.ChildValue("value"u8), path.ChildValue("footprint"u8));
        }
    }
}
