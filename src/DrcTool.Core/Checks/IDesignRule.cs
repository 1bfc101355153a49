namespace DrcTool.Core.Checks;

/// <summary>One design rule: a descriptor and a check over a bound design.</summary>
/// <remarks>
/// Rules are stateless and thread-safe: one instance checks many designs, in parallel in a batch.
/// A rule whose preconditions are missing (no socket found, no part of the kind it checks) yields nothing;
/// DRC001 already reports a missing socket.
/// </remarks>
public interface IDesignRule
{
    RuleDescriptor Descriptor { get; }

    IEnumerable<Finding> Check(CheckContext context);
}
