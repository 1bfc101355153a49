using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Import.Eagle;

/// <summary>The Eagle designs under ../shared/boards, and helpers to compare their connectivity.</summary>
internal static class EagleTestFiles
{
    public static readonly string[] Boards =
    [
        "an001-basic-som-design/SomTest1",
        "an025-tracker-som-first-board/TrackerBase2",
        "an025-tracker-som-first-board/TrackerBaseExp2",
        "chipmc-boron-carrier/Carrier Board",
        "ethernet-featherwing/ethernet-wing-v1.00",
        "som-first-board-somusb2/SomUSB2",
    ];

    public static TheoryData<string> Schematics() => new(Boards.Select(b => b + ".sch"));

    public static TheoryData<string> BoardFiles() => new(Boards.Select(b => b + ".brd"));

    public static TheoryData<string> Names() => new(Boards);

    public static string Path(string relative) => RepoPaths.SharedFile(["boards", .. relative.Split('/')]);

    public static Design Load(string relative) => DesignLoader.Default.Load(Path(relative));

    /// <summary>
    /// The connectivity of a design as a set of pad groups, each group written "R1.1 R2.2" with pads sorted,
    /// restricted to the given references. Net names are left out: two formats may name one net differently.
    /// </summary>
    public static SortedSet<string> Partition(IEnumerable<IEnumerable<NetNode>> nets, Func<NetNode, bool> keep)
    {
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var net in nets)
        {
            var nodes = net.Where(keep).Order().Select(n => n.ToString()).ToList();
            if (nodes.Count > 0)
            {
                groups.Add(string.Join(" ", nodes));
            }
        }

        return groups;
    }

    public static SortedSet<string> Partition(Design design, Func<NetNode, bool> keep) =>
        Partition(design.Nets.Select(n => n.Nodes), keep);

    /// <summary>A readable list of the groups on one side only, for a failing assertion.</summary>
    public static string Difference(SortedSet<string> left, string leftName, SortedSet<string> right, string rightName)
    {
        var onlyLeft = left.Except(right).ToList();
        var onlyRight = right.Except(left).ToList();
        return $"only in {leftName}:\n  {string.Join("\n  ", onlyLeft)}\nonly in {rightName}:\n  {string.Join("\n  ", onlyRight)}";
    }
}
