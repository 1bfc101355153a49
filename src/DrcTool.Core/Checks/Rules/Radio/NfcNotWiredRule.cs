using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules;

/// <summary>DRC024: note when neither NFC contact is wired: the NFC tag cannot work.</summary>
public sealed class NfcNotWiredRule : IDesignRule
{
    public RuleDescriptor Descriptor => BaseBoardRuleDescriptors.NfcNotWiredRule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (RuleScope.For(context) is not { } scope) yield break;
        var anyWired = new[] { Contacts.Nfc1, Contacts.Nfc2 }.Any(c => scope.NetAt(c) is { } net && scope.PadsOnJoined(net).Count > 0);
        if (anyWired) yield break;
        yield return scope.NewFinding(Descriptor, "NFC1 (17) and NFC2 (19) are not wired: the NFC tag cannot work", [Contacts.Nfc1, Contacts.Nfc2], null) with
        {
            FixHint = "If NFC tap-to-setup is wanted, add a U.FL for ANT-NFC on NFC1/NFC2.",
        };
    }
}
