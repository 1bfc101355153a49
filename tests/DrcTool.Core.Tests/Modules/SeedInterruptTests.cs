using System.Text.RegularExpressions;
using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Modules;

/// <summary>The Electron's and E-Series' interrupt groups agree with the lists in the Electron migration guide.</summary>
public sealed partial class SeedInterruptTests
{
    [SharedTheory]
    [InlineData("Electron")]
    [InlineData("E-Series")]
    public void Interrupt_groups_are_the_guides(string module)
    {
        var text = File.ReadAllText(RepoPaths.SharedFile("seeds", "b-series-from-electron-migration.md"));
        var gen2 = text[text.IndexOf("#### Interrupts - Gen 2", StringComparison.Ordinal)..text.IndexOf("#### Interrupts - Gen 3", StringComparison.Ordinal)];
        var sections = gen2.Split("\n\n").Select(s => s.Trim()).ToList();
        var pinout = ModuleCatalog.Default.Get(module).Pinout;

        string[] Items(string header) =>
            [.. sections.SkipWhile(s => !s.StartsWith(header, StringComparison.Ordinal)).Skip(1).First().Split('\n')
                .Select(l => l.Trim().TrimStart('-').Trim())];

        foreach (var name in Items("Not supported").SelectMany(i => i.Split(',', StringSplitOptions.TrimEntries)).Select(n => Bullet().Match(n).Groups[1].Value))
        {
            pinout.Find(name).ShouldNotBeNull(name).InterruptGroup.ShouldBeNull(name);
        }

        foreach (var name in Items("No restrictions").SelectMany(i => i.Split(',', StringSplitOptions.TrimEntries)))
        {
            pinout.Find(name).ShouldNotBeNull(name).InterruptGroup.ShouldBe("", name);
        }

        var shared = Items("Shared on").Select(i => i.Replace(" (WKP)", "", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries)).ToList();
        shared.Count.ShouldBe(10);
        foreach (var group in shared)
        {
            var groups = group.Select(n => pinout.Find(n == "A7" ? "WKP" : n).ShouldNotBeNull(n).InterruptGroup).Distinct().ToList();
            groups.Count.ShouldBe(1, string.Join(",", group));
            groups[0].ShouldNotBeNullOrEmpty();
        }
    }

    [GeneratedRegex(@"^(\w+)")] private static partial Regex Bullet();
}
