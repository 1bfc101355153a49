using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Parts;

/// <summary>Classes a part by the first entry of the catalog whose pattern matches it.</summary>
public sealed class PartClassifier
{
    private readonly PartCatalog _catalog;

    public PartClassifier(PartCatalog catalog)
    {
        _catalog = catalog;
    }

    public PartClassification Classify(Component component)
    {
        foreach (var rule in _catalog.Rules)
        {
            var pattern = rule.FirstMatch(component);
            if (pattern is not null)
            {
                return new PartClassification(rule.Class, $"{rule.Class.ToKebab()}: {component.Reference} matches {pattern.Text} ({rule.Origin})", rule);
            }
        }

        return new PartClassification(PartClass.Unknown, $"{component.Reference}: no pattern in the part-class table matches");
    }
}
