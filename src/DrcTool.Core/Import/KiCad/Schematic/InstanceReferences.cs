namespace DrcTool.Core.Import.KiCad.Schematic;

/// <summary>The reference, unit, value and footprint a symbol has in one sheet instance.</summary>
internal readonly record struct ResolvedSymbol(string Reference, int Unit, string Value, string Footprint);

/// <summary>
/// Finds a symbol's annotation for one sheet instance, the way KiCad does: the root's <c>symbol_instances</c>
/// (KiCad 6, keyed "/sheet-uuid/.../symbol-uuid"), else the symbol's own <c>instances</c> (KiCad 7+, keyed
/// "/root-uuid/sheet-uuid/..."), else the symbol's Reference property and unit.
/// </summary>
internal static class InstanceReferences
{
    public static ResolvedSymbol Resolve(SchematicFile root, SheetInstance instance, PlacedSymbol symbol)
    {
        var value = symbol.Property("Value");
        var footprint = symbol.Property("Footprint");
        if (root.LegacySymbolInstances.TryGetValue(instance.UuidPath + "/" + symbol.Uuid, out var legacy))
        {
            return new ResolvedSymbol(
                legacy.Reference.Length > 0 ? legacy.Reference : symbol.Property("Reference"),
                legacy.Unit,
                string.IsNullOrEmpty(legacy.Value) ? value : legacy.Value,
                string.IsNullOrEmpty(legacy.Footprint) ? footprint : legacy.Footprint);
        }

        if (symbol.Instances.Count > 0)
        {
            var exact = "/" + root.Uuid + instance.UuidPath;
            SymbolInstanceData? match = null;
            foreach (var candidate in symbol.Instances)
            {
                if (string.Equals(candidate.Path, exact, StringComparison.OrdinalIgnoreCase))
                {
                    match = candidate;
                    break;
                }
            }

            // A sheet shared with another project keeps that project's root UUID in front: match on the sheet path.
            if (match is null)
            {
                foreach (var candidate in symbol.Instances)
                {
                    if (instance.UuidPath.Length > 0
                        ? candidate.Path.EndsWith(instance.UuidPath, StringComparison.OrdinalIgnoreCase)
                        : candidate.Path.Count(c => c == '/') == 1)
                    {
                        match = candidate;
                        break;
                    }
                }
            }

            if (match is not null)
            {
                return new ResolvedSymbol(
                    match.Reference.Length > 0 ? match.Reference : symbol.Property("Reference"),
                    match.Unit,
                    string.IsNullOrEmpty(match.Value) ? value : match.Value,
                    string.IsNullOrEmpty(match.Footprint) ? footprint : match.Footprint);
            }
        }

        return new ResolvedSymbol(symbol.Property("Reference"), symbol.Unit, value, footprint);
    }
}
