namespace DrcTool.Core.Analysis.Picture;

/// <summary>How sure the picture is that a pin drives its net high.</summary>
public enum DriverCertainty
{
    /// <summary>The pin's type says output, power output or tri-state.</summary>
    Declared,
    /// <summary>The pin's type is unspecified or bidirectional on an active part: it may drive. Most board files and
    /// many libraries carry no pin types, so rules should treat these as "possible" (a warning, not an error).</summary>
    Possible,
    /// <summary>Open-collector/open-drain: pulls low only, never drives high.</summary>
    OpenDrain,
}

/// <summary>A pin of an active part that can drive a node, at the part's supply rail.</summary>
/// <param name="Supply">The highest known rail on the part's supply pins (PowerIn, or VCC/VDD/VIN by name); null when unknown.</param>
/// <param name="Why">"U7.3 (DOUT) output; U7 powered from +5V (5 V)".</param>
public sealed record Driver(PinOnNet Pin, Rail? Supply, DriverCertainty Certainty, string Why)
{
    public override string ToString() => Why;
}
