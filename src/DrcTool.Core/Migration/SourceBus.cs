namespace DrcTool.Core.Migration;

/// <summary>
/// A bus the source design uses, e.g. the Electron's SPI on A3/A4/A5 or a Boron's Wire on D0/D1, with what the
/// solver must know about it: the I2C addresses of the devices on it (to find collisions with the B-SoM's PMIC and
/// fuel gauge) and whether it carries the board's Ethernet controller.
/// </summary>
/// <param name="Name">The source module's name for it ("Wire", "SPI1", "Serial4").</param>
public sealed record SourceBus(BusKind Kind, string Name)
{
    /// <summary>7-bit I2C addresses of the devices on the bus, where known.</summary>
    public IReadOnlyList<int> Addresses { get; init; } = [];

    /// <summary>The bus carries the board's W5500, whose pins Device OS fixes on the B-SoM.</summary>
    public bool CarriesEthernet { get; init; }

    public override string ToString() => Name;
}

/// <summary>A pin's role on a source bus: SDA/SCL, SCK/MOSI/MISO, TX/RX/RTS/CTS, TX/RX for CAN.</summary>
public sealed record BusRole(SourceBus Bus, string Role)
{
    /// <summary>An SPI chip select: any GPIO can drive it, so no B-SoM bus fixes its pin.</summary>
    public bool IsChipSelect => Bus.Kind == BusKind.Spi && Role.ToUpperInvariant() is "SS" or "CS" or "NCS" or "CSN";

    public override string ToString() => $"{Bus.Name} {Role}";
}
