namespace DrcTool.Core.Migration;

/// <summary>The serial buses the solver maps whole: a source bus goes to one target bus with every role matched.</summary>
public enum BusKind
{
    I2c,
    Spi,
    Uart,
    Can,
}

/// <summary>Bus kinds as rules/migration.yaml and the pinout function texts spell them.</summary>
public static class BusKinds
{
    public static bool TryParse(string text, out BusKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "i2c":
                kind = BusKind.I2c;
                return true;
            case "spi":
                kind = BusKind.Spi;
                return true;
            case "uart":
            case "serial":
                kind = BusKind.Uart;
                return true;
            case "can":
                kind = BusKind.Can;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    /// <summary>The pin use a role on a bus of this kind stands for.</summary>
    public static PinUse Use(this BusKind kind) => kind switch
    {
        BusKind.I2c => PinUse.I2c,
        BusKind.Spi => PinUse.Spi,
        BusKind.Uart => PinUse.Uart,
        BusKind.Can => PinUse.Can,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
