namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Eagle has no DNP flag of its own besides assembly variants, so libraries and assembly houses use attributes:
/// a <c>DNP</c> attribute, or <c>POPULATE="no"</c>/<c>"0"</c> (MacroFab's convention). This reads them.
/// </summary>
internal static class EagleFittedMarkers
{
    // An attribute of this name marks the part not fitted unless its value says otherwise ("DNP" = "no").
    private static readonly string[] NotFittedFlags = ["DNP", "DNF", "DNI", "NOPOP", "NO_POP", "NOT_FITTED", "NOFIT"];

    // An attribute of this name marks the part not fitted when its value is negative (POPULATE = "0").
    private static readonly string[] FittedFlags = ["POPULATE", "FITTED", "MOUNT", "ASSEMBLE", "PLACE"];

    // An empty value is not a mark: libraries that carry a DNP column give every part DNP="" until someone sets it.
    private static readonly string[] Yes = ["yes", "y", "true", "1", "x", "dnp", "on"];
    private static readonly string[] No = ["no", "n", "false", "0", "dnp", "np", "nc", "off", "none"];

    /// <summary>True when one of the attributes says the part is not fitted.</summary>
    public static bool MarkedNotFitted(IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            var trimmed = value.Trim();
            if (Contains(NotFittedFlags, name) && Contains(Yes, trimmed))
            {
                return true;
            }

            if (Contains(FittedFlags, name) && Contains(No, trimmed))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Eagle's own <c>populate="no"</c> of an assembly variant or a board element.</summary>
    public static bool IsNo(string? populate) => populate is not null && Contains(No, populate.Trim());

    private static bool Contains(string[] set, string text)
    {
        foreach (var item in set)
        {
            if (item.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
