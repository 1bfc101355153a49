using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>Shared by DRC014 and DRC016: does a contact's net reach GND through a button, or leave the board?</summary>
internal static class ButtonToGround
{
    /// <summary>The button (or connector) that serves the net, or null when there is none.</summary>
    public static Component? Find(RuleScope scope, Net net)
    {
        foreach (var (part, pad) in scope.PadsOnJoined(net))
        {
            var partClass = scope.ClassOf(part);
            if (partClass.IsConnector() && partClass != PartClass.RfConnector) return part; // an off-board button
            if (partClass != PartClass.Switch) continue;
            foreach (var pin in part.Pins)
            {
                if (pin.Number == pad || scope.Design.NetOf(part.Reference, pin.Number) is not { } other) continue;
                if (scope.IsGround(other)) return part;
                // A series resistor between the switch and GND (ESD or current limit) still makes it a button.
                foreach (var (resistor, rpad) in scope.PadsOn(other))
                {
                    if (scope.ClassOf(resistor) == PartClass.Resistor && scope.OtherNet(resistor, rpad) is { } far && scope.IsGround(far))
                        return part;
                }
            }
        }

        return null;
    }
}
