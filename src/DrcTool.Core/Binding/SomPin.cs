namespace DrcTool.Core.Binding;

/// <summary>One contact of the B-SoM's M.2 edge, as the datasheet names it.</summary>
/// <param name="Contact">M.2 contact number (1-23, 32-75; 76/77 for hold-down pads).</param>
/// <param name="Name">Datasheet name, e.g. "D0", "RST", "3V3".</param>
/// <param name="Aliases">Other names symbols use for it, e.g. "SDA", "RESET", "P$22" is not an alias.</param>
public sealed record SomPin(int Contact, string Name, SomPinKind Kind, IReadOnlyList<string> Aliases)
{
    /// <summary>Signal pins: the MCU's I/O, which tolerate no more than 3V3 + 0.3 V.</summary>
    public bool IsSignal => Kind is SomPinKind.Gpio or SomPinKind.Analog or SomPinKind.Nfc or SomPinKind.Rgb
        or SomPinKind.Mode or SomPinKind.Reset;

    public override string ToString() => $"{Name} ({Contact})";
}
