using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.I2c;

/// <summary>
/// DRC028: Wire (D0/D1) and Wire1 (D2/D3), when an I2C device is on them, have pull-ups in the i2c-pull-up range (1.5-10 kΩ shipped). Which rail the
/// pull-up goes to is DRC010-DRC012's business, so each mistake is reported once.
/// </summary>
public sealed class I2cPullUpsRule : DesignRule
{
    private static readonly (string Bus, int Sda, int Scl)[] Buses =
        [("Wire", Contacts.D0Sda, Contacts.D1Scl), ("Wire1", Contacts.D2Sda1, Contacts.D3Scl1)];

    public static readonly RuleDescriptor Rule = new(
        RuleIds.I2cPullUps, "I2C buses with a device have {i2c-pull-up.min-ohms:k}-{i2c-pull-up.max-ohms:k} kΩ pull-ups to 3V3",
        "{pin} on net {net} carries {devices} ({bus}); its pull-up {resistors} is {ohms}, outside {i2c-pull-up.min-ohms:ohms}-{i2c-pull-up.max-ohms:ohms}",
        "I2C", Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["not-connected"] = "{pin} is not connected, but {bus} carries {devices}",
            ["no-pull-up"] = "{pin} on net {net} carries {devices} ({bus}) but has no pull-up",
        },
        Reads = ["series-termination"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var (minOhms, maxOhms) = (scope.Parameters.I2cPullUp.MinOhms, scope.Parameters.I2cPullUp.MaxOhms);
        foreach (var (bus, sda, scl) in Buses)
        {
            var devices = new[] { sda, scl }.SelectMany(c => DevicesOn(scope, c)).Distinct().OrderBy(r => r, NaturalComparer.Instance).ToList();
            if (devices.Count == 0) continue;
            var deviceText = string.Join(", ", devices);
            foreach (var contact in new[] { sda, scl })
            {
                var label = scope.Label(contact);
                if (scope.NetAt(contact) is not { } net)
                {
                    yield return scope.NewFinding(Descriptor, MessageFor(scope, "not-connected", label, bus, deviceText), [contact], null);
                    continue;
                }

                var pullUps = scope.View.PullPaths(net).Where(p => p.IsPullUp).ToList();
                if (pullUps.Count == 0)
                {
                    yield return scope.NewFinding(Descriptor, MessageFor(scope, "no-pull-up", label, net.Name, deviceText, bus), [contact], net) with
                    {
                        Parts = devices,
                        FixHint = "Fit 4.7 kΩ from the line to the SoM's 3V3; the internal pull-ups (about 13 kΩ) are too weak.",
                    };
                    continue;
                }

                var known = pullUps.Where(p => p.Ohms is not null).ToList();
                if (known.Count == 0) continue;
                var ohms = 1 / known.Sum(p => 1 / p.Ohms!.Value);
                if (ohms >= minOhms && ohms <= maxOhms) continue;
                var resistors = known.SelectMany(p => p.Resistors).Select(RuleScope.Describe).Distinct().ToList();
                yield return scope.NewFinding(Descriptor,
                    Message(scope, label, net.Name, deviceText, bus, string.Join(" || ", resistors), RuleScope.Ohms(ohms)),
                    [contact], net, Severity.Warning) with
                {
                    Parts = known.SelectMany(p => p.Resistors).Select(r => r.Reference).Distinct().ToList(),
                    Path = [label, .. known[0].Steps],
                    FixHint = RuleDescriptor.FillParameters("Use 2.2-4.7 kΩ for 400 kHz, up to {i2c-pull-up.max-ohms:ohms} for 100 kHz on a short bus.", scope.Parameters),
                };
            }
        }
    }

    /// <summary>I2C devices on a contact's line: PMICs, gauges, and ICs with a pin named SDA/SCL on it.</summary>
    internal static IEnumerable<string> DevicesOn(RuleScope scope, int contact)
    {
        if (scope.NetAt(contact) is not { } net) yield break;
        foreach (var line in scope.SeriesReach(net))
        {
            foreach (var (part, pad) in scope.PadsOn(line))
            {
                var partClass = scope.ClassOf(part);
                if (partClass is PartClass.Pmic or PartClass.FuelGauge)
                {
                    yield return part.Reference;
                }
                else if (partClass is PartClass.IntegratedCircuit or PartClass.Ethernet or PartClass.Unknown
                         && part.FindPin(pad) is { } pin && KnownPins.Normalize(pin.Name) is "SDA" or "SCL" or "SDA/SDI" or "SCL/SCK" or "SDI/SDA")
                {
                    yield return part.Reference;
                }
            }
        }
    }
}
