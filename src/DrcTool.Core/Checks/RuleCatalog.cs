using DrcTool.Core.Knowledge;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Checks;

/// <summary>
/// Every rule DrcTool has, in ID order: the descriptors for <c>drctool rules</c>, the README table and SARIF, and the
/// instances <see cref="DesignChecker"/> runs. Descriptors show the parameters the catalogue was made with
/// (<see cref="WithParameters"/>: a config's), so titles state the limits in effect.
/// </summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, DesignRule> _byId;

    public RuleCatalog(IEnumerable<DesignRule> rules)
        : this(rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList(), RuleParameters.Default)
    {
    }

    private RuleCatalog(IReadOnlyList<DesignRule> rules, RuleParameters parameters)
    {
        Rules = rules;
        Parameters = parameters;
        _byId = new Dictionary<string, DesignRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Rules)
        {
            if (!_byId.TryAdd(rule.Descriptor.Id, rule))
            {
                throw new InvalidOperationException($"two rules have the ID {rule.Descriptor.Id}");
            }
        }

        Descriptors = Rules.Select(r => r.Descriptor.RenderedWith(parameters)).ToList();
    }

    public static RuleCatalog Default { get; } = new(BuiltInRules.All());

    public IReadOnlyList<DesignRule> Rules { get; }

    /// <summary>The parameters the descriptors' titles and messages show.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>Every rule's descriptor in ID order, its title and message showing <see cref="Parameters"/>.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    /// <summary>The same rules, their descriptors showing <paramref name="parameters"/>.</summary>
    public RuleCatalog WithParameters(RuleParameters parameters) =>
        ReferenceEquals(parameters, Parameters) ? this : new RuleCatalog(Rules, parameters);

    /// <summary>
    /// The names of the modules a rule checks boards of (e.g. "Electron", "E-Series"), in catalogue order; "any" for a
    /// rule that runs whatever the board carries (DRC001 reports the search itself).
    /// </summary>
    public IReadOnlyList<string> ModuleNamesOf(string id, ModuleCatalog modules)
    {
        var rule = Find(id) ?? throw new ArgumentException($"no rule {id}", nameof(id));
        return rule.NeedsBoundModule
            ? modules.Modules.Where(rule.AppliesTo).Select(m => m.Name).ToList()
            : ["any"];
    }

    /// <summary>The rule with this ID (case-insensitive), or null.</summary>
    public DesignRule? Find(string id) => _byId.GetValueOrDefault(id.Trim());

    /// <summary>The descriptor with this ID (case-insensitive), showing <see cref="Parameters"/>; null when there is none.</summary>
    public RuleDescriptor? FindDescriptor(string id) =>
        _byId.TryGetValue(id.Trim(), out var rule) ? Descriptors.First(d => d.Id == rule.Descriptor.Id) : null;
}
