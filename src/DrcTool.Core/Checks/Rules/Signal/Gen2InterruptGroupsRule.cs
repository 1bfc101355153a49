using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC047: on the Electron and E-Series (STM32F205), pins share interrupt handlers in groups ("D2, A0 and A3 share the
/// same interrupt handler"), and D0, A5, D7, C1 and C2 have none: interrupt outputs wired to two pins of one group, or
/// to a pin without an interrupt, cannot all have attachInterrupt.
/// </summary>
public sealed class Gen2InterruptGroupsRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.Gen2InterruptGroups, "Interrupt outputs on Electron/E-Series pins: one pin per interrupt group, none on a pin without an interrupt",
        "{pins} take interrupt outputs but share one {module} interrupt handler ({group}): only one of them can have attachInterrupt at a time: {sources}",
        "Signal", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            [NoInterrupt] = "{pin} takes an interrupt output ({sources}), but the {module}'s {name} has no interrupt: attachInterrupt does not work on it",
        },
    };

    private const string NoInterrupt = "no-interrupt";

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<string> Modules => ["electron", "e-series"];

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var module = scope.Binding.Module.Name;
        var sources = PinFunctions.InputOutputs(scope)
            .Select(c => new Source(c, scope.LoadsOf(c).Where(scope.Uses.IsInterruptSource).ToList()))
            .Where(s => s.Loads.Count > 0)
            .ToList();
        static string Loads(Source s) => string.Join(", ", s.Loads.Select(l => $"{l.Part.Reference}.{l.Pad} {l.Function}"));
        string Describe(Source s) => $"{scope.Label(s.Contact.Contact)} {Loads(s)}";
        static List<string> Parts(IEnumerable<Source> of) =>
            of.SelectMany(s => s.Loads.Select(l => $"{l.Part.Reference}.{l.Pad}")).Distinct().ToList();

        foreach (var none in sources.Where(s => s.Contact.Pin.InterruptGroup is null))
        {
            var net = none.Contact.Net!;
            yield return scope.NewFinding(Descriptor,
                MessageFor(scope, NoInterrupt, scope.Label(none.Contact.Contact), Loads(none), module, none.Contact.Pin.Name), [none.Contact.Contact], net) with
            {
                Parts = Parts([none]),
                FixHint = "Move the interrupt output to a pin with an interrupt of its own (D5 and D6 share with no other pin), or poll it.",
            };
        }

        // A pin with an interrupt but no group shares its handler with no other pin ("D5, D6: no restrictions").
        foreach (var group in sources.Where(s => s.Contact.Pin.InterruptGroup is { Length: > 0 }).GroupBy(s => s.Contact.Pin.InterruptGroup!, StringComparer.Ordinal))
        {
            var shared = group.ToList();
            if (shared.Count < 2) continue;
            yield return scope.NewFinding(Descriptor,
                Message(scope, string.Join(", ", shared.Select(s => scope.Label(s.Contact.Contact))), module, group.Key, string.Join("; ", shared.Select(Describe))),
                shared.Select(s => s.Contact.Contact), shared[0].Contact.Net) with
            {
                Parts = Parts(shared),
                FixHint = "Keep one interrupt output per group: move the others to pins of other groups (D5, D6 share with none), or poll them.",
            };
        }
    }

    /// <summary>A pin and the interrupt outputs it reaches.</summary>
    private sealed record Source(BoundContact Contact, IReadOnlyList<PinLoad> Loads);
}
