namespace DrcTool.Core.Analysis.Parts;

/// <summary>What a part was classed as, and why.</summary>
/// <param name="Why">"resistor: R1 matches symbol '^RES[-_]' (rules/part-classes.yaml)".</param>
/// <param name="Rule">The table entry that matched; null for the SoM socket and unknown parts.</param>
public sealed record PartClassification(PartClass Class, string Why, PartClassRule? Rule = null);
