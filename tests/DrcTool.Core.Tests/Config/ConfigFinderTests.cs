using DrcTool.Core.Checks;
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

    [Fact]
    public void Config_fills_check_options_and_the_command_line_wins()
    {
        var config = DrcConfigLoader.Parse("""
            som: { reference: J7, variant: B524 }
            severity: { DRC002: warning, DRC003: off }
            sockets: { footprint: MY_SOCKET }
            """, "drctool.yaml");
        var fromCommandLine = CheckOptions.Default with { Variant = DrcTool.Core.Binding.SomVariant.B404X };

        var options = ConfigCheckOptions.Apply(fromCommandLine, config, ["DRC001", "DRC002", "DRC003"]);

        options.SomReference.ShouldBe("J7");
        options.Variant.ShouldBe(DrcTool.Core.Binding.SomVariant.B404X);
        options.SeverityOverrides["DRC002"].ShouldBe(Severity.Warning);
        options.IsEnabled("DRC003").ShouldBeFalse();
        options.IsEnabled("DRC001").ShouldBeTrue();
        options.ExtraSocketPatterns.ShouldHaveSingleItem().Pattern.ShouldBe("MY_SOCKET");
    }
}
