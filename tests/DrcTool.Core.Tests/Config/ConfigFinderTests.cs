using DrcTool.Core.Config;

namespace DrcTool.Core.Tests.Config;

public sealed class ConfigFinderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "drctool-config-" + Guid.NewGuid().ToString("N"));

    public ConfigFinderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "hw", "main"));
        File.WriteAllText(Path.Combine(_root, "repo", "hw", "main", "board.sch"), "");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Finds_the_config_beside_the_design_first_then_in_parent_folders()
    {
        var design = Path.Combine(_root, "repo", "hw", "main", "board.sch");
        ConfigFinder.FindFor(design).ShouldBeNull();

        var repoConfig = Path.Combine(_root, "repo", "drctool.yaml");
        File.WriteAllText(repoConfig, "");
        ConfigFinder.FindFor(design).ShouldBe(repoConfig);

        var beside = Path.Combine(_root, "repo", "hw", "main", "drctool.yml");
        File.WriteAllText(beside, "");
        ConfigFinder.FindFor(design).ShouldBe(beside);
        ConfigFinder.FindFor(Path.Combine(_root, "repo", "hw", "main")).ShouldBe(beside);
    }

    [Fact]
    public void Does_not_look_above_the_repository_root()
    {
        File.WriteAllText(Path.Combine(_root, "drctool.yaml"), "");

        ConfigFinder.FindFor(Path.Combine(_root, "repo", "hw", "main", "board.sch")).ShouldBeNull();
    }

    [Fact]
    public void Loads_from_disk_with_the_path_in_locations()
    {
        var path = Path.Combine(_root, "repo", "drctool.yaml");
        File.WriteAllText(path, "waivers:\n  - rule: DRC015\n    net: /RESET\n    reason: ok\n");

        DrcConfigLoader.Load(path).Waivers.ShouldHaveSingleItem().Location.ShouldBe(new DrcTool.Core.Model.SourceLocation(path, 2, 5));
    }
}
