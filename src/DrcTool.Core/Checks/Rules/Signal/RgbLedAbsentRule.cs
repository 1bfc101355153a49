using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC018: note when no status LED is on RGBR/RGBG/RGBB at all.</summary>
public sealed class RgbLedAbsentRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.RgbLedAbsentRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        if (RgbLedWiringRule.Channels.Any(ch => RgbLedWiringRule.FindLed(scope, ch.Contact) is not null)) yield break;
        yield return scope.NewFinding(Descriptor,
            "No RGB status LED on RGBR (61), RGBG (63), RGBB (65): the board cannot show Device OS status",
            [Contacts.RgbRed, Contacts.RgbGreen, Contacts.RgbBlue], null) with
        {
            FixHint = "Add a common-anode RGB LED on 3V3 with a resistor per cathode; it is what support asks about first.",
        };
    }
}
