namespace DrcTool.Core.Modules;

/// <summary>Which way a supply pin's power flows, seen from the module.</summary>
public enum PowerDirection
{
    /// <summary>Not a supply pin, or the sources do not say.</summary>
    None,
    /// <summary>The board must supply it (the B-SoM's 3V3 and VCC).</summary>
    In,
    /// <summary>The module supplies it (the Electron's, E-Series', Boron's and Tracker SoM's 3V3).</summary>
    Out,
    /// <summary>Either way (a battery pin, the Boron's VUSB).</summary>
    InOut,
}
