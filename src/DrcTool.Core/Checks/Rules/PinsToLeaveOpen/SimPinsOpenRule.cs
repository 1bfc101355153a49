using DrcTool.Core.Checks.Rules.Support;
using System.Text.RegularExpressions;
using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.PinsToLeaveOpen;

/// <summary>
/// DRC003: SIM_VCC, SIM_RST, SIM_CLK and SIM_DATA (67/69/71/73) stay unconnected: the module's own MFF2 SIM is on them.
/// </summary>
public sealed partial class SimPinsOpenRule : DesignRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.SimPinWired,
        "SIM pins left unconnected",
        "{pin} is wired to {parts} on net '{net}'{why}; the SIM pins carry the module's own SIM and must be left unconnected",
        "Pins to leave open",
        Severity.Error);

    public override RuleDescriptor Descriptor => Rule;

    internal override IEnumerable<Finding> Check(RuleScope scope)
    {
        var binding = scope.Binding;

        foreach (var contact in binding.Contacts)
        {
            if (contact.Pin.Kind != SomPinKind.Sim || contact.Net is not { } net)
            {
                continue;
            }

            // Power symbols and drawings name nets; they are not parts wired to the pin.
            var others = net.Nodes.Where(n => n.Reference != binding.Socket.Reference)
                .Select(n => scope.Design.FindComponent(n.Reference)).OfType<Component>()
                .Where(c => scope.Picture.ClassOf(c.Reference) is not (PartClass.PowerSymbol or PartClass.Graphic))
                .DistinctBy(c => c.Reference).OrderBy(c => c.Reference, NaturalComparer.Instance).ToList();
            var (severity, why) = Classify(others, scope.Picture);
            var partList = others.Count switch
            {
                0 => "other SoM contacts",
                <= 5 => string.Join(", ", others.Select(c => c.Reference)),
                _ => $"{string.Join(", ", others.Take(5).Select(c => c.Reference))} and {others.Count - 5} more parts",
            };
            yield return new Finding
            {
                RuleId = Rule.Id,
                Severity = severity,
                Message = Message(scope, contact.Pin, partList, net.Name, why),
                SomPins = [contact.Pin.Name],
                Contacts = [contact.Contact],
                Nets = [net.Name],
                Parts = ContactFacts.Parts(binding, contact),
                Path = [contact.Pin.ToString(), $"net '{net.Name}'", .. others.Take(ContactFacts.MaxPartsNamed).Select(c => $"{c.Reference} {c.Value}".TrimEnd())],
                Location = net.Location,
                FixHint = severity == Severity.Error
                    ? $"Disconnect {contact.Pin.Name} ({contact.Contact}) from {partList}."
                    : $"Leave {contact.Pin.Name} ({contact.Contact}) open unless the test access is deliberate.",
            };
        }
    }

    /// <summary>Only test points, headers or unfitted parts on the net are a warning; anything else is an error.</summary>
    private static (Severity Severity, string Why) Classify(IReadOnlyList<Component> others, ElectricalPicture picture)
    {
        bool IsTestPoint(Component c) => picture.ClassOf(c.Reference) == PartClass.TestPoint || LooksLikeTestPoint(c);

        if (others.Count == 0)
        {
            return (Severity.Error, "");
        }

        if (others.All(c => !c.Fitted))
        {
            return (Severity.Warning, " (only parts marked not fitted)");
        }

        var fitted = others.Where(c => c.Fitted).ToList();
        if (fitted.All(IsTestPoint))
        {
            return (Severity.Warning, " (only test points)");
        }

        if (fitted.All(c => IsTestPoint(c) || IsHeader(c)))
        {
            return (Severity.Warning, " (only test points or a pin header)");
        }

        return (Severity.Error, "");
    }

    private static bool LooksLikeTestPoint(Component c) =>
        TestPointReference().IsMatch(c.Reference) || TestPointName().IsMatch(c.Footprint) || TestPointName().IsMatch(c.Value);

    private static bool IsHeader(Component c) =>
        HeaderName().IsMatch(c.Footprint) || HeaderName().IsMatch(c.Value) || HeaderName().IsMatch(c.Symbol);

    [GeneratedRegex(@"^TP\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestPointReference();

    [GeneratedRegex(@"TEST[-_ ]?POINT|^TP[-_]|TESTPAD", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TestPointName();

    [GeneratedRegex(@"PIN[-_ ]?HEADER|PINHD|HEADER|^[12]X\d+|CONN_\d+X?\d*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderName();
}
