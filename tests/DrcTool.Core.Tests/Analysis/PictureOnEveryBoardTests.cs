using DrcTool.Core.Analysis;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>The picture of every real design in ../shared builds, and builds the same twice and from shuffled input.</summary>
public class PictureOnEveryBoardTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (!RepoPaths.SharedAvailable)
        {
            data.Add("(../shared absent)");
            return data;
        }

        foreach (var folder in new[] { "boards", "kicad-demos" })
        {
            foreach (var file in Directory.GetFiles(RepoPaths.SharedFile(folder), "*", SearchOption.AllDirectories)
                         .Where(f => f.EndsWith(".sch", StringComparison.Ordinal) || f.EndsWith(".brd", StringComparison.Ordinal)
                                     || f.EndsWith(".kicad_pcb", StringComparison.Ordinal) || f.EndsWith(".kicad_sch", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Shared, file));
            }
        }

        return data;
    }

    [SharedTheory]
    [MemberData(nameof(Files))]
    public void Builds_deterministically(string relative)
    {
        Design design;
        try
        {
            design = DesignLoader.Default.Load(Path.Combine(RepoPaths.Shared, relative));
        }
        catch (DesignReadException)
        {
            return; // sub-sheets of a hierarchy are not designs on their own; reading is the readers' tests' concern
        }

        var (_, binding) = DesignChecker.Default.Bind(design, CheckOptions.Default);
        var first = Describe(ElectricalPicture.Build(design, binding));
        var shuffled = new Design(design.SourceFile, design.Format, design.Components.Reverse().ToList(), design.Nets.Reverse().ToList());
        var (_, shuffledBinding) = DesignChecker.Default.Bind(shuffled, CheckOptions.Default);

        Describe(ElectricalPicture.Build(design, binding)).ShouldBe(first);
        Describe(ElectricalPicture.Build(shuffled, shuffledBinding)).ShouldBe(first);
    }

    private static string Describe(ElectricalPicture picture)
    {
        var lines = new List<string>();
        lines.AddRange(picture.Parts.Select(p => $"{p.Component.Reference} {p.Class} {p.InCircuit}"));
        lines.AddRange(picture.Nodes.Select(n => n.ToString()));
        lines.AddRange(picture.Rails.Select(r => $"{r} [{string.Join("; ", r.Evidence)}]"));
        lines.AddRange(picture.Regulators.Select(c => $"{c.Part.Label} {c.Channel} {c.Why} {c.EnableWhy}"));
        lines.AddRange(picture.Resistors.Select(r => $"{r.Label} {r.A.Name} {r.B.Name}"));
        foreach (var node in picture.Nodes)
        {
            var net = node.Nets[0];
            lines.AddRange(picture.PullsOn(net).Select(p => $"pull {net.Name} {p} {p.Direction}"));
            lines.AddRange(picture.DriversOn(net).Select(d => $"drive {d.Why} {d.Certainty}"));
            lines.AddRange(picture.DividersOn(net).Select(d => $"divider {net.Name} {d}"));
        }

        return string.Join("\n", lines);
    }
}
