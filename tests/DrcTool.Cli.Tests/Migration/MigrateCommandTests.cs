using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests.Migration;

public sealed class MigrateCommandTests
{
    [Fact]
    public void A_design_that_carries_a_b_som_already_exits_2_and_says_so()
    {
        var run = CliRun.Of("migrate", Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already carries a B-Series SoM");
    }

    [Fact]
    public void The_b_som_is_no_source_module()
    {
        var run = CliRun.Of("migrate", Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"), "--module", "B-SoM");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("what a migration moves to");
    }

    [SharedFact]
    public void A_tracker_som_is_found_and_named_as_no_source()
    {
        // The binding `pins` uses finds AN025's Tracker SoM; the guides give it no B-SoM pins.
        var run = CliRun.Of("migrate", RepoPaths.SharedFile("boards", "an025-tracker-som-first-board", "TrackerBase2.sch"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("U1 is a Tracker SoM");
    }

    [SharedFact]
    public void A_drctool_yaml_beside_the_design_overrides_the_migration_settings()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-migrate-config-").FullName;
        try
        {
            // A copy of the Electron switch demo in a temporary folder (never in the repository), with a config beside it.
            var board = Path.Combine(folder, "SwitchDemoElectron.sch");
            File.Copy(RepoPaths.SharedFile("boards", "switch-demo-electron-eseries", "SwitchDemoElectron.sch"), board);
            File.WriteAllText(Path.Combine(folder, "drctool.yaml"),
                "parameters:\n  supply-3v3:\n    min-volts: 3.1\nmigration:\n  replacements:\n    can: our CAN board\nantennas:\n  needed:\n    B404X:\n      - { what: 'cellular: ANT-ACME-LTE (required)', pattern: 'ACME' }\n");

            var found = CliRun.Of("migrate", board, "--format", "json");
            var named = CliRun.Of("migrate", board, "--format", "json", "--config", Path.Combine(folder, "none.yaml"));

            found.ExitCode.ShouldBe(0, found.Error);
            var changes = found.Json.GetProperty("boardChanges").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.GetProperty("message").GetString()!);
            changes["antennas"].ShouldContain("ANT-ACME-LTE");
            changes["supply-3v3"].ShouldContain("3.1-3.6 V");
            named.ExitCode.ShouldBe(2);
            named.Error.ShouldContain("none.yaml");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_mistake_in_the_configs_migration_section_exits_2_naming_the_place()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-migrate-config-").FullName;
        try
        {
            var config = Path.Combine(folder, "drctool.yaml");
            File.WriteAllText(config, "migration:\n  antenas:\n    B524: X\n");

            var run = CliRun.Of("migrate", Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"), "--config", config);

            run.ExitCode.ShouldBe(2);
            run.Error.ShouldContain("drctool.yaml:2:3:");
            run.Error.ShouldContain("antenas");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unreadable_design_exits_2()
    {
        CliRun.Of("migrate", Path.Combine(Path.GetTempPath(), "no-such-board.sch")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void An_unknown_report_extension_is_a_usage_error()
    {
        var run = CliRun.Of("migrate", "x.sch", "--report", "plan.sarif");

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain(".json, .md, .xlsx, .html");
    }

    [SharedFact]
    public void Reports_are_written_in_every_format_the_extension_names()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-migrate-").FullName;
        try
        {
            var board = RepoPaths.SharedFile("boards", "switch-demo-electron-eseries", "SwitchDemoESeries.sch");
            string[] names = ["plan.json", "plan.md", "plan.xlsx", "plan.html"];
            var run = CliRun.Of(["migrate", board, "--to", "B524", .. names.SelectMany(n => new[] { "--report", Path.Combine(folder, n) })]);

            run.ExitCode.ShouldBe(0, run.Error);
            run.Output.ShouldContain("B-Series SoM B524");
            File.ReadAllText(Path.Combine(folder, "plan.json")).ShouldContain("\"kind\": \"migration\"");
            File.ReadAllText(Path.Combine(folder, "plan.md")).ShouldContain("| USB+ | D+ | usb | USB D+ (11) | kept |");
            var html = File.ReadAllText(Path.Combine(folder, "plan.html"));
            html.ShouldContain("id=\"before-c54\""); // E-Series pin 54, RGBR
            html.ShouldContain("id=\"after-c61\"");
            new FileInfo(Path.Combine(folder, "plan.xlsx")).Length.ShouldBeGreaterThan(1000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
