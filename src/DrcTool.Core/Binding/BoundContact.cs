using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>One SoM contact bound to the design: the socket pad that carries it and the net on that pad.</summary>
/// <param name="Pad">The socket's pad number in the design.</param>
/// <param name="SymbolPinName">What the design's symbol calls that pad, when the format says.</param>
/// <param name="Net">The net on the pad; null when unconnected.</param>
public sealed record BoundContact(SomPin Pin, string Pad, string? SymbolPinName, Net? Net)
{
    public int Contact => Pin.Contact;
    public bool IsConnected => Net is not null;
}
