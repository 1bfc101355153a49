using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Import.KiCad.Schematic;

/// <summary>
/// Compares a design's connectivity with a board's pad nets: over the parts and pads both sides have, every board
/// net must be exactly one schematic net and every pad without a net must be alone. One-sided parts and pads are
/// listed and left out.
/// </summary>
internal sealed class ConnectivityComparison
{
    public List<string> OnlyInSchematic { get; } = [];
    public List<string> OnlyOnBoard { get; } = [];
    public List<string> PadsOnlyOnOneSide { get; } = [];
    public List<string> Mismatches { get; } = [];
    public int ComparedPads { get; private set; }
    public int ComparedNets { get; private set; }

    public static ConnectivityComparison Compare(Design schematic, BoardPadNets board)
    {
        var result = new ConnectivityComparison();
        var schematicRefs = schematic.Components.Select(c => c.Reference).ToHashSet(StringComparer.Ordinal);
        result.OnlyInSchematic.AddRange(schematicRefs.Where(r => !board.References.Contains(r)).Order(NaturalComparer.Instance));
        result.OnlyOnBoard.AddRange(board.References.Where(r => !schematicRefs.Contains(r)).Order(NaturalComparer.Instance));

        var schematicPads = schematic.Components.Where(c => board.References.Contains(c.Reference))
            .SelectMany(c => c.Pins.Select(p => new NetNode(c.Reference, p.Number))).ToHashSet();
        var boardPads = board.PadNet.Keys.Where(n => schematicRefs.Contains(n.Reference)).ToHashSet();
        result.PadsOnlyOnOneSide.AddRange(schematicPads.Where(p => !boardPads.Contains(p)).Order().Select(p => $"{p} (schematic only)"));
        result.PadsOnlyOnOneSide.AddRange(boardPads.Where(p => !schematicPads.Contains(p)).Order().Select(p => $"{p} (board only)"));
        var common = schematicPads.Where(boardPads.Contains).ToHashSet();
        result.ComparedPads = common.Count;

        // Group the common pads by each side's net; a pad without a net is a group of its own.
        string BoardGroup(NetNode pad) => board.PadNet[pad] is { Length: > 0 } name ? "net:" + name : "pad:" + pad;
        string SchematicGroup(NetNode pad) => schematic.NetOf(pad.Reference, pad.Pin) is { } net ? "net:" + net.Name : "pad:" + pad;
        var boardGroups = common.GroupBy(BoardGroup).ToDictionary(g => g.Key, g => g.Order().ToList());
        var schematicGroups = common.GroupBy(SchematicGroup).ToDictionary(g => g.Key, g => g.Order().ToList());
        result.ComparedNets = boardGroups.Count;

        foreach (var (boardNet, pads) in boardGroups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var touched = pads.Select(SchematicGroup).Distinct().ToList();
            if (touched.Count == 1 && schematicGroups[touched[0]].SequenceEqual(pads)) continue;
            var described = touched.Select(t => $"{t} = [{string.Join(' ', schematicGroups[t])}]");
            result.Mismatches.Add($"board {boardNet} = [{string.Join(' ', pads)}] but the schematic has {string.Join("; ", described)}");
        }

        return result;
    }
}
