using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>DRC010: no SoM signal contact reaches a rail above 3.6 V, directly, through a pull-up or from a driver.</summary>
public sealed class FiveVoltOnSignalRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.FiveVoltOnSignal, "No rail above {signal.max-volts} V on a SoM signal pin",
        "{pin} ({contact}) on net {net} reaches {rail} ({volts} V) {how}: {path}", "Signal", Severity.Error);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var maxSignalVolts = scope.Parameters.Signal.MaxVolts;
        foreach (var contact in scope.Binding.Contacts)
        {
            if (!contact.Pin.IsSignal || contact.Net is not { } net) continue;
            var label = scope.Label(contact.Contact);
            // The rail belongs to the node (the net and everything joined to it), so one look is enough.
            if (scope.View.RailOf(net) is { IsGround: false } rail && rail.MaxVolts > maxSignalVolts)
            {
                yield return scope.NewFinding(Descriptor,
                    $"{label} on net {net.Name} is on {RuleScope.Describe(rail)} directly", [contact.Contact], net) with
                {
                    Path = [label, $"net {net.Name}", .. scope.View.Joined(net).Where(n => n != net).Select(n => $"joined net {n.Name}")],
                    FixHint = "Use a level shifter, a MOSFET or a divider; no B-SoM signal pin is 5 V tolerant.",
                };
            }

            foreach (var path in scope.View.PullPaths(net))
            {
                if (path.Target.MaxVolts <= maxSignalVolts) continue;
                if (path.NodeVolts is { } node && node <= maxSignalVolts) continue; // a divider brings it down
                var parts = path.Resistors.Select(r => r.Reference).ToList();
                yield return scope.NewFinding(Descriptor,
                    $"{label} on net {net.Name} is pulled up to {RuleScope.Describe(path.Target)} through {string.Join(", ", path.Resistors.Select(RuleScope.Describe))}"
                    + (path.NodeVolts is { } v ? $" (settles at {RuleScope.Volts(v)})" : "")
                    + InjectedCurrent(scope, path),
                    [contact.Contact], net) with
                {
                    Parts = parts,
                    Path = [label, .. path.Steps],
                    FixHint = "Pull up to the SoM's 3V3, or divide the node to 3.3 V or less.",
                };
            }

            foreach (var drive in scope.View.Drivers(net))
            {
                if (drive.Supply.MaxVolts <= maxSignalVolts) continue;
                yield return scope.NewFinding(Descriptor,
                    $"{label} on net {net.Name} is driven by {drive.Part.Reference}.{drive.Pad} ({drive.Part.Value}), powered from {RuleScope.Describe(drive.Supply)}",
                    [contact.Contact], net) with
                {
                    Parts = [$"{drive.Part.Reference}.{drive.Pad}"],
                    Path = [label, $"net {net.Name}", $"{drive.Part.Reference}.{drive.Pad}", $"supply {drive.Supply.NetName}"],
                    FixHint = "Power the driver from 3.3 V or put a level shifter between it and the SoM.",
                };
            }
        }
    }

    /// <summary>
    /// ", pushing up to 1.7 µA into the pin": however large the resistor, the pin's clamp to 3V3 takes what the rail
    /// pushes through it (above 3.6 V the pin is outside its rating, and with 3V3 off it powers the MCU), so the
    /// message gives the current rather than dropping the finding.
    /// </summary>
    private static string InjectedCurrent(RuleScope scope, PullPath path)
    {
        if (path.Ohms is not { } ohms || ohms <= 0) return "";
        var amps = (path.Target.MaxVolts - scope.Parameters.Supply3V3.TypicalVolts) / ohms;
        return amps <= 0 ? "" : $", pushing up to {Current(amps)} into the pin through its clamp to 3V3";
    }

    private static string Current(double amps) => amps >= 1e-3
        ? (amps * 1e3).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " mA"
        : (amps * 1e6).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " µA";
}
