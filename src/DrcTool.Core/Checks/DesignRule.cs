
namespace DrcTool.Core.Checks;

/// <summary>
/// One design rule, in one file: its descriptor (ID, title, message format, category, severity, help link) and its
/// check over the <see cref="RuleScope"/> <see cref="DesignChecker"/> builds once per design.
/// docs/adding-a-rule.md walks through adding one.
/// </summary>
/// <remarks>
/// Rules are stateless and thread-safe: one instance checks many designs, in parallel in a batch. A rule whose
/// preconditions are missing (no part of the kind it checks) yields nothing.
/// </remarks>
public abstract class DesignRule
{
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>
    /// True (the default) for rules about the module's pins: the checker skips them when no module was bound, which
    /// DRC001 reports. The binding rule that reports the search itself says false.
    /// </summary>
    public virtual bool NeedsBoundModule => true;

    /// <summary>
    /// The modules (rules/modules/ folder names) whose binding the rule checks; the checker runs it only on designs bound
    /// to one of them. The base-board rules check the B-SoM; a rule for other modules names them ("electron", "e-series").
    /// </summary>
    public virtual IReadOnlyList<string> Modules => [ModuleCatalog.BSomId];

    /// <summary>True when the rule checks designs bound to <paramref name="module"/>.</summary>
    public bool AppliesTo(ModuleDefinition module) => Modules.Contains(module.Id, StringComparer.Ordinal);

    internal abstract IEnumerable<Finding> Check(RuleScope scope);

    /// <summary>
    /// The descriptor's message format, its {group.name} parameters as <paramref name="scope"/> has them, its value
    /// placeholders filled with <paramref name="args"/> (named ones in the order they first appear, or {0}, {1}).
    /// </summary>
    protected RuleMessage Message(RuleScope scope, params object[] args) => Descriptor.RenderedWith(scope.Parameters).Format(args);

    /// <summary>The descriptor's other message format under <paramref name="key"/> (<see cref="RuleDescriptor.Messages"/>), filled the same way.</summary>
    protected RuleMessage MessageFor(RuleScope scope, string key, params object[] args) =>
        Descriptor.RenderedWith(scope.Parameters).FormatMessage(key, args);
}
