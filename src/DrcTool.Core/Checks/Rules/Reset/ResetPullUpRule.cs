using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Reset;

/// <summary>DRC013: RST (34) has an external pull-up to the SoM's 3V3, of a sane value.</summary>
public sealed class ResetPullUpRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ResetPullUp, "RST has an external pull-up to 3V3 of a sane value",
        "RST (34) on net {net} has no pull-up to 3V3 (Particle fits {reset-pull-up.typical-ohms:ohms})", "Reset", Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-connected"] = "RST (34) is not connected: it needs an external pull-up to 3V3 ({reset-pull-up.typical-ohms:ohms})",
            ["wrong-rail"] = "RST (34) on net {net} is pulled up by {resistors} to {rail}, not the SoM's 3V3",
            ["out-of-range"] = "RST (34) on net {net} is pulled up by {resistors} ({ohms}), outside {reset-pull-up.min-ohms:ohms}-{reset-pull-up.max-ohms:ohms}; Particle fits {reset-pull-up.typical-ohms:ohms}",
        },
        Reads = ["reset-pull-up"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var (minOhms, maxOhms) = (scope.Parameters.ResetPullUp.MinOhms, scope.Parameters.ResetPullUp.MaxOhms);
        var typical = RuleScope.Ohms(scope.Parameters.ResetPullUp.TypicalOhms!.Value);
        var net = scope.NetAt(Contacts.Reset);
        if (net is null)
        {
            yield return scope.NewFinding(Descriptor, MessageFor(scope, "not-connected"), [Contacts.Reset], null) with
            {
                FixHint = $"Fit {typical} from RST to the SoM's 3V3 and a button from RST to GND.",
            };
            yield break;
        }

        var pullUps = scope.View.PullPaths(net).Where(p => p.IsPullUp).ToList();
        // A push-pull reset supervisor powered from the SoM's 3V3 holds RST high itself.
        var supervisor = scope.View.Drivers(net).FirstOrDefault(d => scope.Design.FindNet(d.Supply.NetName) is { } supply && scope.IsSom3V3(supply));
        if (pullUps.Count == 0 && supervisor is null)
        {
            yield return scope.NewFinding(Descriptor, Message(scope, net.Name), [Contacts.Reset], net) with
            {
                Parts = scope.PadsOn(net).Select(p => p.Part.Reference).Distinct().ToList(),
                FixHint = $"Fit {typical} from RST to the SoM's 3V3.",
            };
            yield break;
        }

        foreach (var path in pullUps)
        {
            var resistors = string.Join(", ", path.Resistors.Select(RuleScope.Describe));
            if (!scope.IsSom3V3(path.TargetNet))
            {
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "wrong-rail", net.Name, resistors, RuleScope.Describe(path.Target)),
                    [Contacts.Reset], net) with
                {
                    Parts = path.Resistors.Select(r => r.Reference).ToList(),
                    Path = ["RST (34)", .. path.Steps],
                    FixHint = "Pull RST up to the net on the SoM's 3V3 contacts (10/12).",
                };
            }
            else if (path.Ohms is { } ohms && (ohms < minOhms || ohms > maxOhms))
            {
                yield return scope.NewFinding(Descriptor,
                    MessageFor(scope, "out-of-range", net.Name, resistors, RuleScope.Ohms(ohms)),
                    [Contacts.Reset], net, Severity.Warning) with
                {
                    Parts = path.Resistors.Select(r => r.Reference).ToList(),
                    Path = ["RST (34)", .. path.Steps],
                    FixHint = $"Use {typical}.",
                };
            }
        }
    }
}
