using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC022: AGND (39/49) is on the ground net. The GND contacts themselves are DRC004.</summary>
public sealed class AgndConnectedRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.AgndConnectedRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        foreach (var contact in Contacts.Agnd)
        {
            if (scope.Contact(contact) is null) continue;
            var net = scope.NetAt(contact);
            if (net is null)
            {
                yield return scope.NewFinding(Descriptor, $"AGND ({contact}) is not connected: the ADC has no ground return", [contact], null) with
                {
                    FixHint = "Connect AGND to the ground plane.",
                };
            }
            else if (scope.GroundNets.Count > 0 ? !scope.GroundNets.Contains(net) : !scope.View.IsGround(net))
            {
                yield return scope.NewFinding(Descriptor, $"AGND ({contact}) is on net {net.Name}, which does not reach the ground net", [contact], net) with
                {
                    Parts = scope.PadsOn(net).Select(p => p.Part.Reference).Distinct().ToList(),
                    FixHint = "Join the analog ground to GND (directly, or with a 0 Ω part or net tie).",
                };
            }
        }
    }
}
