using DrcTool.Core.Checks.Rules.Support;

namespace DrcTool.Core.Checks.Rules.Radio;

/// <summary>DRC024: note when neither NFC contact is wired: the NFC tag cannot work.</summary>
public sealed class NfcNotWiredRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.NfcNotWired, "An NFC antenna on NFC1/NFC2",
        "NFC1 (17) and NFC2 (19) are not wired: the NFC tag cannot work", "Radio", Severity.Note);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var anyWired = new[] { Contacts.Nfc1, Contacts.Nfc2 }.Any(c => scope.NetAt(c) is { } net && scope.PadsOnJoined(net).Count > 0);
        if (anyWired) yield break;
        yield return scope.NewFinding(Descriptor, Message(scope), [Contacts.Nfc1, Contacts.Nfc2], null) with
        {
            FixHint = "If NFC tap-to-setup is wanted, add a U.FL for ANT-NFC on NFC1/NFC2.",
        };
    }
}
