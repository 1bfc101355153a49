using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>The finding fields every contact-level finding fills the same way: net, parts, location.</summary>
internal static class ContactFacts
{
    /// <summary>At most this many parts of a net are named in a finding: a ground plane's hundreds say nothing.</summary>
    public const int MaxPartsNamed = 20;

    /// <summary>The socket pad plus the other parts on the contact's net, e.g. ["J1.34", "R3", "S1"] (the first 20).</summary>
    public static List<string> Parts(SomBinding binding, BoundContact contact)
    {
        var parts = new List<string> { $"{binding.Socket.Reference}.{contact.Pad}" };
        if (contact.Net is { } net)
        {
            parts.AddRange(net.PartReferences(except: binding.Socket.Reference).Take(MaxPartsNamed));
        }

        return parts;
    }

    public static List<string> Nets(BoundContact contact) => contact.Net is { } net ? [net.Name] : [];

    /// <summary>The net's definition when the contact is wired, else the socket part's.</summary>
    public static SourceLocation Location(SomBinding binding, BoundContact contact) =>
        contact.Net?.Location ?? binding.Socket.Location;

    /// <summary>"net 'NAME'" or "no net".</summary>
    public static string Describe(BoundContact contact) => contact.Net is { } net ? $"net '{net.Name}'" : "no net";
}
