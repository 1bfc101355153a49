using System.Text.RegularExpressions;

namespace DrcTool.Core.Knowledge.Parts;

/// <summary>
/// Part data for a regulator family: a pattern on its part number and either a fixed output, a voltage code in the
/// part number (named group 'v', in tenths of a volt), or the feedback reference of an adjustable part.
/// </summary>
public sealed record RegulatorSpec(Regex Match, double? OutputVolts, double? ReferenceVolts, string Origin)
{
    public bool HasVoltageCode => Match.GetGroupNames().Contains("v");
}
