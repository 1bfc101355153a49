using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Power;

/// <summary>DRC011: when 3V3 can be cut, no pull-up or driver on a SoM signal from a rail that stays on.</summary>
public sealed class LeakageWhen3V3CutRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.LeakageWhen3V3Cut, "No pull-up or driver from an always-on rail when 3V3 can be cut",
        "3V3 can be cut ({cut}); {pin} on net {net} is pulled up by {resistors} to {rail}, which stays on",
        "Power", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["driven"] = "3V3 can be cut ({cut}); {pin} on net {net} is driven by {part}.{pad} ({value}), powered from {rail}, which stays on",
        },
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var somRail = scope.Som3V3Nets.Select(scope.View.RailOf).FirstOrDefault(r => r is not null);
        if (somRail is not { CanBeCut: true }) yield break;
        var cut = somRail.CutReason ?? "switched";
        foreach (var contact in scope.Binding.Contacts)
        {
            if (!contact.Pin.IsSignal || contact.Net is not { } net) continue;
            var label = scope.Label(contact.Contact);
            foreach (var path in scope.View.PullPaths(net))
            {
                if (!path.IsPullUp || path.Target.CanBeCut || scope.IsSom3V3(path.TargetNet)) continue;
                yield return scope.NewFinding(Descriptor,
                    Message(scope, cut, label, net.Name, string.Join(", ", path.Resistors.Select(RuleScope.Describe)), RuleScope.Describe(path.Target)),
                    [contact.Contact], net) with
                {
                    Parts = path.Resistors.Select(r => r.Reference).ToList(),
                    Path = [label, .. path.Steps],
                    FixHint = "Pull up to the switched 3V3, or switch the pull-up's rail together with 3V3.",
                };
            }

            foreach (var drive in scope.View.Drivers(net))
            {
                if (drive.Supply.CanBeCut || drive.Supply.Volts <= 0) continue;
                if (scope.Design.FindNet(drive.Supply.NetName) is { } supplyNet && scope.IsSom3V3(supplyNet)) continue;
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "driven", cut, label, net.Name, drive.Part.Reference, drive.Pad, drive.Part.Value, RuleScope.Describe(drive.Supply)),
                    [contact.Contact], net) with
                {
                    Parts = [$"{drive.Part.Reference}.{drive.Pad}"],
                    Path = [label, $"net {net.Name}", $"{drive.Part.Reference}.{drive.Pad}", $"supply {drive.Supply.NetName}"],
                    FixHint = "Power the driver from the switched 3V3, or isolate it with a buffer powered from 3V3.",
                };
            }
        }
    }
}
