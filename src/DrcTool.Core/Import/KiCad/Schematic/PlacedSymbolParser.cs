using DrcTool.Core.Import.SExpressions;

namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>Reads a placed <c>(symbol (lib_id ..) (at x y angle) (mirror ..) (unit ..) ...)</c> of a sheet.</summary>
internal static class PlacedSymbolParser
{
    public static PlacedSymbol Parse(string path, SExprNode item)
    {
        var libId = item.ChildValue("lib_id"u8) ?? throw new DesignReadException(path, item.Line, item.Column, "placed symbol has no (lib_id ...)");
        var at = item.Child("at"u8);
        if (!at.IsValid)
        {
            throw new DesignReadException(path, item.Line, item.Column, "placed symbol has no (at x y angle)");
        }

        var x = at.NumberAt(1);
        var y = at.NumberAt(2);
        if (x is null || y is null || !double.IsFinite(x.Value) || !double.IsFinite(y.Value))
        {
            throw new DesignReadException(path, at.Line, at.Column, "placed symbol position needs two finite numbers");
        }

        var angle = NormalizeAngle(path, at, at.NumberAt(3) ?? 0);
        var mirrorX = false;
        var mirrorY = false;
        var unit = 1;
        var bodyStyle = 1;
        var notFitted = false;
        var excluded = false;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var instances = new List<SymbolInstanceData>();
        foreach (var child in item.Children)
        {
            if (child.HeadIs("mirror"u8))
            {
                for (var i = 1; i < child.Count; i++)
                {
                    var axis = child.AtomAt(i);
                    mirrorX |= axis == "x";
                    mirrorY |= axis == "y";
                }
            }
            else if (child.HeadIs("unit"u8)) unit = (int)(child.NumberAt(1) ?? 1);
            else if (child.HeadIs("convert"u8) || child.HeadIs("body_style"u8)) bodyStyle = (int)(child.NumberAt(1) ?? 1);
            else if (child.HeadIs("dnp"u8)) notFitted |= IsYes(child);
            else if (child.HeadIs("exclude_from_board"u8)) excluded |= IsYes(child);
            else if (child.HeadIs("on_board"u8)) excluded |= IsNo(child);
            else if (child.HeadIs("in_bom"u8)) notFitted |= IsNo(child);
            else if (child.HeadIs("property"u8))
            {
                if (child.AtomAt(1) is { } key) properties[key] = child.AtomAt(2) ?? string.Empty;
            }
            else if (child.HeadIs("instances"u8)) AddInstances(child, instances);
        }

        return new PlacedSymbol
        {
            LibId = libId,
            LibKey = item.ChildValue("lib_name"u8) ?? libId,
            Uuid = item.ChildValue("uuid"u8) ?? string.Empty,
            X = x.Value,
            Y = y.Value,
            Angle = angle,
            MirrorX = mirrorX,
            MirrorY = mirrorY,
            Unit = unit,
            BodyStyle = bodyStyle,
            MarkedNotFitted = notFitted || excluded,
            ExcludedFromBoard = excluded,
            Properties = properties,
            Instances = instances,
            Location = item.Location,
        };
    }

    /// <summary>A flag written as <c>(dnp)</c>, <c>(dnp yes)</c> or <c>(dnp no)</c>.</summary>
    private static bool IsYes(SExprNode flag) => flag.AtomAt(1) is null or "yes";

    private static bool IsNo(SExprNode flag) => flag.AtomAt(1) is "no";

    private static int NormalizeAngle(string path, SExprNode at, double angle)
    {
        var rounded = (int)Math.Round(angle);
        var normalized = ((rounded % 360) + 360) % 360;
        if (Math.Abs(angle - rounded) > 1e-6 || normalized % 90 != 0)
        {
            throw new DesignReadException(path, at.Line, at.Column, $"symbol angle {angle} is not a multiple of 90 degrees");
        }

        return normalized;
    }

    /// <summary>KiCad 7+: <c>(instances (project "name" (path "/root-uuid/sheet-uuid" (reference "R1") (unit 1))))</c>.</summary>
    private static void AddInstances(SExprNode instancesNode, List<SymbolInstanceData> into)
    {
        foreach (var project in instancesNode.Children)
        {
            if (!project.HeadIs("project"u8)) continue;
            foreach (var path in project.Children)
            {
                if (!path.HeadIs("path"u8) || path.AtomAt(1) is not { } key) continue;
                var unit = path.ChildNumber("unit"u8) is { } u ? (int)u : 1;
                into.Add(new SymbolInstanceData(key, path.ChildValue("reference"u8) ?? string.Empty, unit, path.ChildValue("value"u8), path.ChildValue("footprint"u8)));
            }
        }
    }
}
