using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Picture;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks.Rules.Support;

/// <summary>
/// The rules' questions answered from the <see cref="ElectricalPicture"/> the checker built once for the design
/// (with the drctool.yaml that applies, so jumpers the config opens are open here too).
/// </summary>
internal sealed class ElectricalView : IElectricalView
{
    public ElectricalView(ElectricalPicture picture) => Picture = picture;

    public ElectricalPicture Picture { get; }

    public PartClass ClassOf(Component part) => Picture.PartOf(part.Reference)?.Class ?? PartClass.Unknown;

    public bool InCircuit(Component part) => Picture.PartOf(part.Reference)?.InCircuit ?? false;

    public double? Ohms(Component part) => Picture.PartOf(part.Reference)?.Ohms;

    public Rail? RailOf(Net net) => Picture.RailOf(net);

    public bool IsGround(Net net) => Picture.IsGround(net);

    public IReadOnlyList<Net> Joined(Net net) => Picture.NodeOf(net) is { } node ? node.Nets : [net];

    public IReadOnlyList<PullPath> PullPaths(Net net)
    {
        var dividers = Picture.DividersOn(net);
        var result = new List<PullPath>();
        foreach (var path in Picture.PathsToRails(net, maxResistors: 2))
        {
            if (Picture.RailOf(path.To) is not { } rail) continue;
            double? tap = null;
            if (path.Resistors.Count == 1)
            {
                var divider = dividers.FirstOrDefault(d => d.Upper.Link == path.Resistors[0]);
                tap = divider?.TapVolts;
            }

            result.Add(new PullPath(rail, path.To.Nets[0], path.Resistors.Select(r => r.Component).ToList(), path.Ohms, tap,
                path.Steps().Where(s => !s.StartsWith("  ", StringComparison.Ordinal)).ToList()));
        }

        return result;
    }

    /// <summary>
    /// Declared outputs only: most board files and many libraries carry no pin types, so a "possible" driver would make
    /// findings depend on the file format. PMICs and fuel gauges are left out: their INT/ALRT/STAT/SDA are open-drain.
    /// </summary>
    public IReadOnlyList<Drive> Drivers(Net net) =>
        Picture.DriversOn(net)
            .Where(d => d.Certainty == DriverCertainty.Declared && d.Supply is not null
                        && d.Pin.Part.Class is not (PartClass.Pmic or PartClass.FuelGauge or PartClass.Regulator or PartClass.LoadSwitch))
            .Select(d => new Drive(d.Pin.Component, d.Pin.Pin.Number, d.Supply!))
            .ToList();
}
