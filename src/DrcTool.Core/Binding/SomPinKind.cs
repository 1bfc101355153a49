namespace DrcTool.Core.Binding;

/// <summary>What a SoM contact is for, as the pinout CSV in rules/ classifies it.</summary>
public enum SomPinKind
{
    Ground,
    Power,
    Usb,
    Gpio,
    Analog,
    Nfc,
    Reserved,
    Sim,
    Rgb,
    Mode,
    Reset,
    /// <summary>Connector hold-down tab (76/77 in Particle footprints), not a SoM contact.</summary>
    HoldDown,
    /// <summary>A modem signal the variant brings out, e.g. the B5xx ring indicator on 75 (NC on B4xx).</summary>
    Modem,
}
