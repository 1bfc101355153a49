using DrcTool.Core.Analysis;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>How a rail above a pin's limit reaches its net: the net is on the rail, pulled up to it, or driven from it.</summary>
internal enum OverVoltageKind
{
    Direct,
    PullUp,
    Driver,
}

/// <summary>One way a rail above the limit reaches a module pin's net.</summary>
/// <param name="How">"is on +5V (5 V, name) directly", "is pulled up to ... through R7 10k", "is driven by U3.4 (...)".</param>
/// <param name="Parts">The resistors or the driving pad on the way.</param>
/// <param name="Path">The way from the net to the rail, one step a line, the pin's label left out.</param>
internal sealed record OverVoltageSource(OverVoltageKind Kind, Rail Rail, string How, IReadOnlyList<string> Parts, IReadOnlyList<string> Path);

/// <summary>
/// Where a net meets a rail above a pin's voltage limit: the net's own rail, resistor paths up to a higher rail whose
/// node is not divided down below the limit, and IC outputs powered from a higher rail. DRC010 (the B-SoM's signal
/// pins) and DRC044 (the pins the other modules' pinouts mark not 5 V tolerant) ask the same question of it.
/// </summary>
internal static class OverVoltage
{
    public static IEnumerable<OverVoltageSource> On(RuleScope scope, Net net, double maxVolts)
    {
        // The rail belongs to the node (the net and everything joined to it), so one look is enough.
        if (scope.View.RailOf(net) is { IsGround: false } rail && rail.MaxVolts > maxVolts)
        {
            yield return new OverVoltageSource(OverVoltageKind.Direct, rail, $"is on {RuleScope.Describe(rail)} directly", [],
                [$"net {net.Name}", .. scope.View.Joined(net).Where(n => n != net).Select(n => $"joined net {n.Name}")]);
        }

        foreach (var path in scope.View.PullPaths(net))
        {
            if (path.Target.MaxVolts <= maxVolts) continue;
            if (path.NodeVolts is { } node && node <= maxVolts) continue; // a divider brings it down
            yield return new OverVoltageSource(OverVoltageKind.PullUp, path.Target,
                $"is pulled up to {RuleScope.Describe(path.Target)} through {string.Join(", ", path.Resistors.Select(RuleScope.Describe))}"
                + (path.NodeVolts is { } v ? $" (settles at {RuleScope.Volts(v)})" : "")
                + InjectedCurrent(scope, path),
                path.Resistors.Select(r => r.Reference).ToList(), path.Steps);
        }

        foreach (var drive in scope.View.Drivers(net))
        {
            if (drive.Supply.MaxVolts <= maxVolts) continue;
            yield return new OverVoltageSource(OverVoltageKind.Driver, drive.Supply,
                $"is driven by {drive.Part.Reference}.{drive.Pad} ({drive.Part.Value}), powered from {RuleScope.Describe(drive.Supply)}",
                [$"{drive.Part.Reference}.{drive.Pad}"],
                [$"net {net.Name}", $"{drive.Part.Reference}.{drive.Pad}", $"supply {drive.Supply.NetName}"]);
        }
    }

    /// <summary>
    /// ", pushing up to 1.7 µA into the pin": however large the resistor, the pin's clamp to 3V3 takes what the rail
    /// pushes through it (above the limit the pin is outside its rating, and with 3V3 off it powers the MCU), so the
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
