using DrcTool.Core.Binding;

namespace DrcTool.Core.Checks.Rules;

/// <summary>
/// DRC002: the socket symbol's pin names agree with the datasheet. A library that swaps names (the 2019 rickk2
/// SPARK_M.2EKEY symbol has D2 and D3 swapped on pads 40/42) makes every wire to those pins land on the wrong GPIO.
/// </summary>
public sealed class SymbolPinNamesRule : IDesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SymbolPinNameMismatch,
        "Socket symbol pin names agree with the datasheet",
        "{socket} pad {contact} is named '{symbolPin}' in the symbol, but contact {contact} is {datasheetName}",
        "Binding",
        Severity.Error,
        RuleDescriptor.DocPath(RuleIds.SymbolPinNameMismatch));

    private readonly PinNameMatcher _matcher;

    public SymbolPinNamesRule()
        : this(PinNameMatcher.Default)
    {
    }

    public SymbolPinNamesRule(PinNameMatcher matcher)
    {
        _matcher = matcher;
    }

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Binding is not { } binding)
        {
            yield break;
        }

        var socket = binding.Socket;
        var symbol = string.IsNullOrEmpty(socket.Library) ? socket.Symbol : $"{socket.Library}:{socket.Symbol}";
        foreach (var contact in binding.Contacts)
        {
            var judgement = _matcher.Judge(contact.Pin, contact.SymbolPinName);
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
                Message = $"{socket.Reference} pad {contact.Pad} is named '{contact.SymbolPinName}' in the symbol {symbol}, but contact "
                          + $"{contact.Contact} is {contact.Pin.Name} on the B-SoM ('{contact.SymbolPinName}' is {others}); {consequence}",
                SomPins = [contact.Pin.Name, .. judgement.NamedPins.Select(p => p.Name)],
                Contacts = [contact.Contact, .. judgement.NamedPins.Select(p => p.Contact)],
                Nets = ContactFacts.Nets(contact),
                Parts = ContactFacts.Parts(context, binding, contact),
                Path = [$"{socket.Reference} pad {contact.Pad} (symbol pin '{contact.SymbolPinName}')", $"datasheet: {contact.Pin}", ContactFacts.Describe(contact)],
                Location = socket.Location,
                FixHint = $"Rename the symbol's pin on pad {contact.Pad} to {contact.Pin.Name} in the library, then re-check what is wired to it.",
            };
        }
    }
}
