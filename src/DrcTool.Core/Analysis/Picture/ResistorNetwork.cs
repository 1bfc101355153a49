using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Model;

namespace DrcTool.Core.Analysis.Picture;

/// <summary>
/// The fitted resistors of a design as links between nodes. Resistor arrays with an even number of numbered pads
/// are read as isolated arrays: pad k pairs with pad n+1-k (1-8, 2-7, 3-6, 4-5 for a 4R array).
/// </summary>
internal sealed class ResistorNetwork
{
    private readonly Dictionary<NetGroup, List<ResistorLink>> _byGroup = new(ReferenceEqualityComparer.Instance);

    public ResistorNetwork(Design design, IReadOnlyDictionary<string, PartInfo> parts, Func<Net, NetGroup?> groupOf)
    {
        var links = new List<ResistorLink>();
        foreach (var component in design.Components.OrderBy(c => c.Reference, NaturalComparer.Instance))
        {
            var info = parts[component.Reference];
            if (!info.InCircuit || info.Class != PartClass.Resistor || info.Ohms is 0)
            {
                continue;
            }

            foreach (var (padA, padB) in Pairs(component))
            {
                var netA = design.NetOf(component.Reference, padA);
                var netB = design.NetOf(component.Reference, padB);
                if (netA is null || netB is null)
                {
                    continue;
                }

                var groupA = groupOf(netA);
                var groupB = groupOf(netB);
                if (groupA is null || groupB is null || ReferenceEquals(groupA, groupB))
                {
                    continue;
                }

                links.Add(new ResistorLink(info, padA, groupA, netA, padB, groupB, netB, info.Ohms));
            }
        }

        Links = links;
        foreach (var link in links)
        {
            Add(link.A, link);
            Add(link.B, link);
        }
    }

    /// <summary>All links, by reference then pad.</summary>
    public IReadOnlyList<ResistorLink> Links { get; }

    public IReadOnlyList<ResistorLink> On(NetGroup group) => _byGroup.TryGetValue(group, out var list) ? list : [];

    private void Add(NetGroup group, ResistorLink link)
    {
        if (!_byGroup.TryGetValue(group, out var list))
        {
            _byGroup[group] = list = [];
        }

        list.Add(link);
    }

    private static IEnumerable<(string, string)> Pairs(Component component)
    {
        var pads = component.Pins.Select(p => p.Number).Distinct(StringComparer.Ordinal).ToList();
        if (pads.Count == 2)
        {
            yield return (pads[0], pads[1]);
            yield break;
        }

        if (pads.Count < 4 || pads.Count % 2 != 0 || !pads.All(p => int.TryParse(p, out _)))
        {
            yield break;
        }

        var numbered = pads.Select(int.Parse).Order().ToList();
        if (numbered[0] != 1 || numbered[^1] != pads.Count)
        {
            yield break;
        }

        var n = pads.Count;
        for (var k = 1; k <= n / 2; k++)
        {
            yield return (k.ToString(System.Globalization.CultureInfo.InvariantCulture), (n + 1 - k).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
