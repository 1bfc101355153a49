using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Signal;

/// <summary>DRC018: note when no status LED is on RGBR/RGBG/RGBB at all.</summary>
public sealed class RgbLedAbsentRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.RgbLedAbsent, "An RGB status LED on RGBR/RGBG/RGBB",
        "No RGB status LED on RGBR (61), RGBG (63), RGBB (65): the board cannot show Device OS status", "Signal", Severity.Note);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        if (RgbLedWiringRule.Channels.Any(ch => RgbLedWiringRule.FindLed(scope, ch.Contact) is not null)) yield break;
        yield return scope.NewFinding(Descriptor,
            Message(scope),
            [Contacts.RgbRed, Contacts.RgbGreen, Contacts.RgbBlue], null) with
        {
            FixHint = "Add a common-anode RGB LED on 3V3 with a resistor per cathode; it is what support asks about first.",
        };
    }
}
