namespace DrcTool.Core.Modules;

/// <summary>
/// How a board uses a module pin: the vocabulary of the module pin-use inference (issue 10, item 4).
/// The solver places <see cref="IsSignal"/> uses; the others go to a contact of their own kind.
/// </summary>
public enum PinUse
{
    Digital,
    Analog,
    Pwm,
    I2c,
    Uart,
    Spi,
    Interrupt,
    Can,
    Dac,
    Usb,
    Power,
    Ground,
    Reset,
    Mode,
    Led,
}

/// <summary>The names the JSON and text output use for <see cref="PinUse"/> (the vocabulary's own spelling).</summary>
public static class PinUseNames
{
    private static readonly Dictionary<string, PinUse> ByName =
        Enum.GetValues<PinUse>().ToDictionary(Name, u => u, StringComparer.OrdinalIgnoreCase);

    public static string Name(PinUse use) => use switch
    {
        PinUse.Digital => "digital",
        PinUse.Analog => "analog",
        PinUse.Pwm => "pwm",
        PinUse.I2c => "i2c",
        PinUse.Uart => "uart",
        PinUse.Spi => "spi",
        PinUse.Interrupt => "interrupt",
        PinUse.Can => "can",
        PinUse.Dac => "dac",
        PinUse.Usb => "usb",
        PinUse.Power => "power",
        PinUse.Ground => "ground",
        PinUse.Reset => "reset",
        PinUse.Mode => "mode",
        PinUse.Led => "led",
        _ => throw new ArgumentOutOfRangeException(nameof(use), use, null),
    };

    public static bool TryParse(string name, out PinUse use) => ByName.TryGetValue(name.Trim(), out use);

    /// <summary>Uses a moved signal needs a B-SoM I/O contact for (the rest go to power, ground, USB... contacts).</summary>
    public static bool IsSignal(this PinUse use) =>
        use is PinUse.Digital or PinUse.Analog or PinUse.Pwm or PinUse.I2c or PinUse.Uart or PinUse.Spi
            or PinUse.Interrupt or PinUse.Can or PinUse.Dac or PinUse.Led;
}
