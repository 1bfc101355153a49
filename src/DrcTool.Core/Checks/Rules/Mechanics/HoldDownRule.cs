using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC037: where the file carries footprints, a standoff or screw holds the SoM down (the socket has no latch).</summary>
public sealed class HoldDownRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.HoldDownRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        if (scope.Design.Components.All(c => c.Footprint.Length == 0)) yield break; // no footprints: nothing to judge
        if (scope.Design.Components.Any(c => c.Fitted && scope.ClassOf(c) == PartClass.Mounting)) yield break;
        var socket = scope.Binding.Socket;
        yield return scope.NewFinding(Descriptor,
            $"The M.2 socket {socket.Reference} has no latch and the design has no standoff or screw part to hold the SoM down",
            [], null) with
        {
            Parts = [socket.Reference],
            Location = socket.Location,
            FixHint = "Add a standoff 42 mm from the connector centre line (e.g. JAE SM3ZS067U410-NUT1-R1200 with an M2x3 screw).",
        };
    }
}
