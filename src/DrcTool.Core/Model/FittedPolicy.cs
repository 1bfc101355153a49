namespace DrcTool.Core.Model;

/// <summary>
/// Decides whether a part is fitted. Every reader asks this one place, so "not fitted" means the same in every format.
/// </summary>
public static class FittedPolicy
{
    // Values engineers write on parts that are placed in the layout but not populated.
    private static readonly string[] NotFittedValues = ["NC", "DNP", "DNF", "NF", "NOPOP", "NO POP", "NP", "DO NOT FIT", "DO NOT POPULATE"];

    /// <param name="value">The part's value text.</param>
    /// <param name="markedNotFitted">A format flag: KiCad (dnp yes), exclude_from_board/BOM, an Eagle DNP attribute.</param>
    public static bool IsFitted(string value, bool markedNotFitted)
    {
        if (markedNotFitted)
        {
            return false;
        }

        var trimmed = value.Trim();
        foreach (var marker in NotFittedValues)
        {
            if (trimmed.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // "ESD NC", "10k DNP", "100n (DNP)": a trailing not-fitted word.
        var words = trimmed.Split([' ', '_', '(', ')', '/', ','], StringSplitOptions.RemoveEmptyEntries);
        return !(words.Length > 1 && (words[^1].Equals("NC", StringComparison.OrdinalIgnoreCase)
                                      || words[^1].Equals("DNP", StringComparison.OrdinalIgnoreCase)
                                      || words[^1].Equals("DNF", StringComparison.OrdinalIgnoreCase)));
    }
}
