namespace DrcTool.Core.Model;

/// <summary>One pad of a component: its number (the pad name), the symbol's pin name, and its electrical type.</summary>
/// <remarks>
/// <see cref="Number"/> is always the physical pad, so nets from a schematic and from a board agree.
/// <see cref="Name"/> is what the symbol calls the pin (e.g. "D2"); it may be empty in board-only formats.
/// </remarks>
public sealed record ComponentPin(string Number, string Name, PinType Type = PinType.Unspecified);
