using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Mechanics;

/// <summary>DRC037: where the file carries footprints, a standoff or screw holds the SoM down (the socket has no latch).</summary>
public sealed class HoldDownRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.HoldDown, "A hold-down standoff or screw for the M.2 socket",
        "The M.2 socket {socket} has no latch and the design has no standoff or screw part to hold the SoM down", "Mechanics", Severity.Warning);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        if (scope.Design.Components.All(c => c.Footprint.Length == 0)) yield break; // no footprints: nothing to judge
        if (scope.Design.Components.Any(c => c.Fitted && scope.ClassOf(c) == PartClass.Mounting)) yield break;
        var socket = scope.Binding.Socket;
        yield return scope.NewFinding(Descriptor,
            Message(scope, socket.Reference),
            [], null) with
        {
            Parts = [socket.Reference],
            Location = socket.Location,
            FixHint = "Add a standoff 42 mm from the connector centre line (e.g. JAE SM3ZS067U410-NUT1-R1200 with an M2x3 screw).",
        };
    }
}
