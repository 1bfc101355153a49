namespace DrcTool.Core.Migration;

/// <summary>
/// The source design as the planner needs it: which module it carries and each wired module pin with its net, its
/// uses, what the module data says the pin can do and where the guides send it, and the parts on its net.
/// </summary>
/// <param name="Module">The module's name ("Boron", "Electron", "E-Series").</param>
/// <param name="Reference">The module part's reference on the board ("U1", "E1").</param>
public sealed record SourceBoard(string Module, string? Reference, IReadOnlyList<SourceBoardPin> Pins)
{
    /// <summary>The module carries its own status RGB LED (no RGB pins come out): the B-SoM board must add one.</summary>
    public bool StatusLedOnModule { get; init; }

    /// <summary>The module carries its own USB connector (no USB data pins come out).</summary>
    public bool UsbOnModule { get; init; }

    /// <summary>A Gen 2 module (STM32: Electron, E-Series), whose firmware differences the plan lists.</summary>
    public bool Gen2 { get; init; }
}

/// <summary>One wired pin of the source module.</summary>
/// <param name="Name">The module's pin name, as `drctool pins` reports it.</param>
/// <param name="Kind">The module data's kind (gpio, analog, power, ground, usb, reset, mode, rgb, nc, other...).</param>
/// <param name="Functions">The module data's functions, each `type[:peripheral[:role]]` (`spi:SPI1:MOSI`).</param>
public sealed record SourceBoardPin(string Name, string Kind, IReadOnlyList<string> Functions, string Net, IReadOnlyList<PinUse> Uses)
{
    /// <summary>The pin's number on the source module.</summary>
    public int? Number { get; init; }

    /// <summary>The B-SoM contact the migration guides map the pin to (module data's b_som column).</summary>
    public int? GuideContact { get; init; }

    /// <summary>The pin tolerates 5 V on the source module.</summary>
    public bool FiveVoltTolerant { get; init; }

    /// <summary>Highest voltage the pin's net sees, where the analysis knows it.</summary>
    public double? MaxVolts { get; init; }

    /// <summary>The PWM frequency the pin's pwm use needs (the pin-use inference's, docs/pin-uses.md); null when none.</summary>
    public int? PwmHz { get; init; }

    /// <summary>The parts on the pin's net (reference, value, and the part's pin there).</summary>
    public IReadOnlyList<NetPart> Parts { get; init; } = [];
}

/// <summary>A part pin on a net: who the module pin talks to.</summary>
public sealed record NetPart(string Reference, string Value, string Pin);
