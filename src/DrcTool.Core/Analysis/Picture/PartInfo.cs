using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Values;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>What the picture knows about one part.</summary>
/// <param name="InCircuit">Fitted and electrical: not DNP/NC, not a power symbol or a drawing.</param>
/// <param name="Value">The value read from its text (or, when that is empty, from a symbol like "RES-10K-0603").</param>
/// <param name="Regulator">For regulators and load switches: what the part number says about the output.</param>
public sealed record PartInfo(Component Component, PartClassification Classification, bool InCircuit, ComponentValue? Value, RegulatorData? Regulator)
{
    public PartClass Class => Classification.Class;

    /// <summary>The resistance, for resistors whose value could be read.</summary>
    public double? Ohms => Class == PartClass.Resistor ? Value?.Ohms : null;

    /// <summary>"R1 10K", "U3 XCL223", "J1": how messages name the part.</summary>
    public string Label => string.IsNullOrWhiteSpace(Component.Value) ? Component.Reference : $"{Component.Reference} {Component.Value}";
}
