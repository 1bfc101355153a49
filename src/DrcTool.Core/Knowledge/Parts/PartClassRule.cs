namespace DrcTool.Core.Knowledge.Parts;

/// <summary>One entry of the part-class table: a class and the patterns that make a part one.</summary>
/// <param name="Origin">Where the entry comes from: "rules/part-classes.yaml" or the config file's path.</param>
/// <param name="OutputVolts">For regulators from config: the output voltage the user states.</param>
public sealed record PartClassRule(PartClass Class, IReadOnlyList<PartPattern> Patterns, string Origin, double? OutputVolts = null)
{
    public PartPattern? FirstMatch(Model.Component component)
    {
        foreach (var pattern in Patterns)
        {
            if (pattern.Matches(component))
            {
                return pattern;
            }
        }

        return null;
    }
}
