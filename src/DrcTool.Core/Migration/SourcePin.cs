namespace DrcTool.Core.Migration;

/// <summary>
/// One wired pin of the source module and what the board does with it: the input of the migration solver.
/// </summary>
/// <param name="Name">The source module's pin name, as `drctool pins` reports it ("A3", "D2", "LI+").</param>
/// <param name="Net">The net the pin is wired to.</param>
/// <param name="Uses">The inferred uses, from the pin-use vocabulary.</param>
public sealed record SourcePin(string Name, string Net, IReadOnlyList<PinUse> Uses)
{
    /// <summary>The pin's number on the source module (its pinout's `pin`), for drawing the source module.</summary>
    public int? Number { get; init; }

    /// <summary>The B-SoM pin the migration guides map this pin to (the module data's mapping column), if any.</summary>
    public string? GuidePin { get; init; }

    /// <summary>The pin's role on a bus, when it carries one of <see cref="Uses"/> i2c, spi, uart or can.</summary>
    public BusRole? Bus { get; init; }

    /// <summary>The PWM frequency the use needs in Hz; null when it takes Device OS' default.</summary>
    public int? PwmHz { get; init; }

    /// <summary>The pin is the W5500's chip select, interrupt or reset ("CS", "INT", "RESET"), whose B-SoM pins are fixed.</summary>
    public string? EthernetRole { get; init; }

    /// <summary>Highest voltage the pin sees today, where the analysis knows it (5 V tolerance lost above 3.6 V).</summary>
    public double? MaxVolts { get; init; }

    public bool Has(PinUse use) => Uses.Contains(use);

    /// <summary>The pin needs a B-SoM I/O contact: it carries at least one signal use.</summary>
    public bool NeedsSignalContact => Uses.Any(u => u.IsSignal());

    public override string ToString() => $"{Name} ({Net})";
}
