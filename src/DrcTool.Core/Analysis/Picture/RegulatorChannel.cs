namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// One output of a regulator, load switch or high-side transistor switch (a dual buck has two), as the picture read it.
/// For a transistor: Inputs is its source, Enables its gate, Outputs its drain.
/// </summary>
/// <param name="Channel">0 for a single-output part; otherwise the digit its pins end in (EN1/SW1/FB1).</param>
/// <param name="Inputs">Nodes on its input pins (VIN, IN, PVIN).</param>
/// <param name="Enables">Nodes on its enable pins (EN, CE, SHDN, ON).</param>
/// <param name="Outputs">Nodes its output reaches: VOUT/OUT pins, the far side of the inductor on SW/LX, the top of the FB divider.</param>
/// <param name="OutputVolts">The output voltage, when part data, the FB divider or (for a load switch) the input tells it.</param>
/// <param name="Why">How <paramref name="OutputVolts"/> was found.</param>
/// <param name="EnableDriven">True when a signal, not the input or a fixed rail, drives the enable.</param>
/// <param name="EnableWhy">What is on the enable: "CE tied to its input 3V7", "EN1 driven by J1.34 (D5)".</param>
public sealed record RegulatorChannel(
    PartInfo Part,
    int Channel,
    IReadOnlyList<NetGroup> Inputs,
    IReadOnlyList<NetGroup> Enables,
    IReadOnlyList<NetGroup> Outputs,
    double? OutputVolts,
    string Why,
    bool EnableDriven,
    string EnableWhy)
{
    public bool IsLoadSwitch => Part.Class == PartClass.LoadSwitch;
}
