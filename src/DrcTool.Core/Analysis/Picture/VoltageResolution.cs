namespace DrcTool.Core.Analysis.Picture;

/// <summary>A net's voltage with the reasons, strongest first.</summary>
/// <param name="Rail">The node's rail; null when nothing states its voltage.</param>
/// <param name="Chain">How it was worked out: joins through pass-through parts, then every claim in order of strength.</param>
public sealed record VoltageResolution(string NetName, NetGroup? Node, Rail? Rail, IReadOnlyList<string> Chain)
{
    public double? Volts => Rail?.Volts;
}
