using DrcTool.Core.Checks.Rules;

namespace DrcTool.Core.Checks;

/// <summary>
/// Every rule DrcTool has, in ID order: the descriptors for <c>drctool rules</c>, the README table and SARIF, and the
/// instances <see cref="DesignChecker"/> runs. Adding a rule is one line in <see cref="BuiltInRules"/>.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, IDesignRule> _byId;

    public RuleCatalog(IEnumerable<IDesignRule> rules)
    {
        Rules = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        _byId = new Dictionary<string, IDesignRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            if (!_byId.TryAdd(rule.Descriptor.Id, rule))
            {
                throw new InvalidOperationException($"two rules have the ID {rule.Descriptor.Id}");
            }
        }
    }

    public static RuleCatalog Default { get; } = new(BuiltInRules.All());

    public IReadOnlyList<IDesignRule> Rules { get; }

    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(r => r.Descriptor);

    /// <summary>The rule with this ID (case-insensitive), or null.</summary>
    public IDesignRule? Find(string id) => _byId.GetValueOrDefault(id.Trim());
}
