namespace DrcTool.Core.Knowledge.Parts;

/// <summary>What a part is, as far as the rules care. Names in YAML are kebab-case ("usb-connector").</summary>
public enum PartClass
{
    Unknown,
    Resistor,
    Capacitor,
    Inductor,
    Ferrite,
    Led,
    RgbLed,
    /// <summary>A buzzer, beeper or speaker: a PWM load that needs its own (audio) frequency.</summary>
    Buzzer,
    Switch,
    Connector,
    UsbConnector,
    RfConnector,
    Regulator,
    LoadSwitch,
    Pmic,
    FuelGauge,
    Ethernet,
    LevelShifter,
    Esd,
    Jumper,
    TestPoint,
    Mounting,
    Fuse,
    Diode,
    Transistor,
    Crystal,
    IntegratedCircuit,
    /// <summary>A power or ground symbol that names a net (KiCad #PWR, Eagle supply parts); not a physical part.</summary>
    PowerSymbol,
    /// <summary>Frames, logos, fiducials: drawn, never in the circuit.</summary>
    Graphic,
    /// <summary>The M.2 socket the SoM plugs into (from the binding, not from patterns).</summary>
    SomSocket,
}

public static class PartClassExtensions
{
    /// <summary>Two-terminal passives and mechanics: never a driver, never a supply.</summary>
    public static bool IsPassive(this PartClass partClass) =>
        partClass is PartClass.Resistor or PartClass.Capacitor or PartClass.Inductor or PartClass.Ferrite
            or PartClass.Jumper or PartClass.TestPoint or PartClass.Mounting or PartClass.Fuse or PartClass.Graphic
            or PartClass.PowerSymbol or PartClass.Crystal;

    /// <summary>Connectors of any kind, where the board meets the outside world.</summary>
    public static bool IsConnector(this PartClass partClass) =>
        partClass is PartClass.Connector or PartClass.UsbConnector or PartClass.RfConnector;

    /// <summary>Parts that never take part in the circuit, fitted or not.</summary>
    public static bool IsNonElectrical(this PartClass partClass) =>
        partClass is PartClass.PowerSymbol or PartClass.Graphic;

    public static string ToKebab(this PartClass partClass) => PartClassNames.ToKebab(partClass);
}
