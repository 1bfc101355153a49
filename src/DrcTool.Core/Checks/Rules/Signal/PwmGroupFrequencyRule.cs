using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>
/// DRC040: PWM pins of one timer group share one frequency. A buzzer (its own audio frequency) and another PWM use
/// (a dimmed LED at the default 500 Hz) in one group cannot both have theirs; PWM on D7 runs at the RGB LED's 500 Hz.
/// </summary>
public sealed class PwmGroupFrequencyRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.PwmGroupFrequency, "PWM uses that share a timer group need the same frequency",
        "{pins} share PWM group {group}, one frequency for all: {uses}",
        "Signal", Severity.Warning)
    {
        Messages = new Dictionary<string, string>
        {
            ["status-led-tone"] = "{pin} on net {net} drives {load}, but PWM group {group} runs at the RGB status LED's {pwm.status-led-hz} Hz, 8 bits (Device OS keeps that group's frequency): a tone there cannot have its own frequency",
            ["status-led"] = "{pin} on net {net} drives {load}: PWM on {name} runs at the RGB status LED's {pwm.status-led-hz} Hz, 8 bits (Device OS keeps that group's frequency) (PWM group {group})",
        },
        Reads = ["pwm"],
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var uses = PinFunctions.InputOutputs(scope)
            .Select(c => (Contact: c, Group: PinFunctions.PwmGroupOf(c.Pin), Use: PwmWithoutPwmRule.Use(scope, c)))
            .Where(u => u.Group is not null && u.Use is not null)
            .ToList();
        foreach (var group in uses.GroupBy(u => u.Group!, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (PinFunctions.IsStatusLedGroup(scope, group.Key))
            {
                foreach (var (contact, _, use) in members) yield return OnStatusLedGroup(scope, contact, use!, group.Key);
                continue;
            }

            var tones = members.Where(m => m.Use!.IsTone).ToList();
            var others = members.Where(m => !m.Use!.IsTone).ToList();
            if (tones.Count == 0 || others.Count == 0) continue;
            var first = members[0].Contact;
            yield return scope.NewFinding(Descriptor,
                Message(scope, string.Join(", ", members.Select(m => scope.Label(m.Contact.Contact))), group.Key,
                    string.Join("; ", members.Select(m => $"{m.Contact.Pin.Name} drives {m.Use!.What}{(m.Use.IsTone ? " (a tone: its own frequency)" : $" (the default {scope.Parameters.DefaultPwmHz.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} Hz)")}"))),
                members.Select(m => m.Contact.Contact), first.Net) with
            {
                Parts = members.SelectMany(m => m.Use!.Parts).ToList(),
                FixHint = "Put the buzzer and the other PWM load in different PWM groups (A0/A1/A6/A7, D4/D5/D6), or give them one frequency.",
            };
        }
    }

    /// <summary>D7 shares group 0 with the RGB LED, fixed at 500 Hz and 8 bits: a note for a dimmed load, a warning for a tone.</summary>
    private Finding OnStatusLedGroup(RuleScope scope, BoundContact contact, PwmUse use, string group)
    {
        var label = scope.Label(contact.Contact);
        var message = use.IsTone
            ? MessageFor(scope, "status-led-tone", label, contact.Net!.Name, use.What, group)
            : MessageFor(scope, "status-led", label, contact.Net!.Name, use.What, contact.Pin.Name, group);
        return scope.NewFinding(Descriptor, message, [contact.Contact], contact.Net, use.IsTone ? Severity.Warning : Severity.Note) with
        {
            Parts = use.Parts,
            FixHint = use.IsTone ? "Move the buzzer to A0/A1/A6/A7 or D4-D6." : "Keep 500 Hz on this pin, or move the load to another PWM group.",
        };
    }
}
