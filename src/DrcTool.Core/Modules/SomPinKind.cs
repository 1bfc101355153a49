namespace DrcTool.Core.Modules;

/// <summary>What a module pin is for, as the pinout CSV in rules/modules/ classifies it.</summary>
public enum SomPinKind
{
    Ground,
    Power,
    Usb,
    Gpio,
    Analog,
    Nfc,
    /// <summary>Reserved by the module maker: leave unconnected (B-SoM NC contacts).</summary>
    Reserved,
    Sim,
    Rgb,
    Mode,
    Reset,
    /// <summary>Connector hold-down tab (76/77 in Particle footprints), not a SoM contact.</summary>
    HoldDown,
    /// <summary>A modem signal the variant brings out, e.g. the B5xx ring indicator on 75 (NC on B4xx).</summary>
    Modem,
    /// <summary>Not connected inside the module (the Boron's pin 16, the E-Series' 6 and 50).</summary>
    Nc,
    /// <summary>A CAN bus pin driven by a transceiver on the module (Tracker SoM CAN_P/CAN_N).</summary>
    Can,
    /// <summary>A debug port pin (SWD).</summary>
    Debug,
    /// <summary>Anything else the module brings out: enable, charge status, GNSS and Wi-Fi control pins.</summary>
    Other,
}
