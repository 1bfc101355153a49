using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC042: Gen 3 takes interrupts on any pin, but on at most 8 at the same time: a board that wires more interrupt
/// outputs (INT, IRQ, ALERT, DRDY) to SoM pins than that cannot attach a handler to each.
/// </summary>
public sealed class InterruptLimitRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.InterruptLimit, "At most 8 interrupt sources on SoM pins",
        "{count} SoM pins take interrupt outputs, and at most {max} can have an interrupt handler at once: {sources}",
        "Signal", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var max = PinFunctions.MaxInterrupts;
        var sources = PinFunctions.InputOutputs(scope)
            .Select(c => (Contact: c, Loads: scope.LoadsOf(c).Where(scope.Uses.IsInterruptSource).ToList()))
            .Where(s => s.Loads.Count > 0)
            .ToList();
        if (sources.Count <= max) yield break;
        var text = string.Join("; ", sources.Select(s => $"{scope.Label(s.Contact.Contact)} {string.Join(", ", s.Loads.Select(l => $"{l.Part.Reference}.{l.Pad} {l.Function}"))}"));
        yield return scope.NewFinding(Descriptor,
            Message(scope, sources.Count, max, text), sources.Select(s => s.Contact.Contact), sources[0].Contact.Net) with
        {
            Parts = sources.SelectMany(s => s.Loads.Select(l => $"{l.Part.Reference}.{l.Pad}")).Distinct().ToList(),
            FixHint = "Poll the sources that need no interrupt, share one open-drain interrupt line among several devices, or use an I/O expander's interrupt.",
        };
    }
}
