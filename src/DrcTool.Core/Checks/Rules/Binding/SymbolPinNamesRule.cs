using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Binding;

namespace DrcTool.Core.Checks.Rules.Binding;

/// <summary>
/// DRC002: the socket symbol's pin names agree with the datasheet. A library that swaps names (the 2019 rickk2
/// SPARK_M.2EKEY symbol has D2 and D3 swapped on pads 40/42) makes every wire to those pins land on the wrong GPIO.
/// </summary>
public sealed class SymbolPinNamesRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SymbolPinNameMismatch,
        "Socket symbol pin names agree with the datasheet",
        "{socket} pad {pad} is named '{name}' in the symbol {symbol}, but contact {contact} is {pin} on the B-SoM ('{name}' is {others}); {consequence}",
        "Binding",
        Severity.Error)
    {
        Messages = new Dictionary<string, string>
        {
            ["other-scheme"] = "the symbol {symbol} of {socket} names its pins by another scheme than the B-SoM datasheet "
                + "(only {agreeing} of {claims} names agree); pin names were not checked, wire by the B-SoM pinout (`drctool pins`)",
        },
    };

    private readonly PinNameMatcher _matcher;

    public SymbolPinNamesRule()
        : this(PinNameMatcher.Default)
    {
    }

    public SymbolPinNamesRule(PinNameMatcher matcher)
    {
        _matcher = matcher;
    }

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var binding = scope.Binding;

        var socket = binding.Socket;
        var symbol = string.IsNullOrEmpty(socket.Library) ? socket.Symbol : $"{socket.Library}:{socket.Symbol}";
        var judged = binding.Contacts.Select(c => (Contact: c, Judgement: _matcher.Judge(c.Pin, c.SymbolPinName))).ToList();
        var claims = judged.Count(j => j.Judgement.Verdict != PinNameVerdict.NoClaim);
        var agreeing = judged.Count(j => j.Judgement.Verdict == PinNameVerdict.Agrees);
        if (claims >= 10 && agreeing * 2 < claims)
        {
            // A symbol named by another scheme (the M.2 standard's PCIe/SDIO/UART names, a vendor's) is not a library
            // error pad by pad: say once that its names cannot guide the wiring.
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = Severity.Note,
                Message = MessageFor(scope, "other-scheme", symbol, socket.Reference, agreeing, claims),
                Parts = [socket.Reference],
                Location = socket.Location,
                FixHint = "Use a symbol with the B-SoM's pin names (e.g. Particle-Devices.lbr B_SERIES_M.2EKEY) so the schematic reads as the SoM is wired.",
            };
            yield break;
        }

        foreach (var (contact, judgement) in judged)
        {
            if (judgement.Verdict != PinNameVerdict.Contradicts)
            {
                continue;
            }

            var others = string.Join(" / ", judgement.NamedPins.Select(p => p.ToString()));
            var wired = contact.IsConnected;
            var consequence = wired
                ? $"{ContactFacts.Describe(contact)} is wired to {contact.Pin.Name}, not to the pin the symbol shows"
                : "the pad is unconnected, so nothing is miswired yet";
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = wired ? Severity.Error : Severity.Warning,
                Message = Message(scope, socket.Reference, contact.Pad, contact.SymbolPinName ?? "", symbol, contact.Contact, contact.Pin.Name, others, consequence),
                SomPins = [contact.Pin.Name, .. judgement.NamedPins.Select(p => p.Name)],
                Contacts = [contact.Contact, .. judgement.NamedPins.Select(p => p.Contact)],
                Nets = ContactFacts.Nets(contact),
                Parts = ContactFacts.Parts(binding, contact),
                Path = [$"{socket.Reference} pad {contact.Pad} (symbol pin '{contact.SymbolPinName}')", $"datasheet: {contact.Pin}", ContactFacts.Describe(contact)],
                Location = socket.Location,
                FixHint = $"Rename the symbol's pin on pad {contact.Pad} to {contact.Pin.Name} in the library, then re-check what is wired to it.",
            };
        }
    }
}
