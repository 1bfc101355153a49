namespace DrcTool.Cli.Tests;

public class CommandTests : IDisposable
{
    private readonly TempFiles _files = new();

    public void Dispose() => _files.Dispose();

    private string Board(string marker) => _files.Write($"{marker.ToLowerInvariant()}.net", $"(export (version \"E\") {marker})");

    [Fact]
    public void Check_of_a_clean_board_exits_0()
    {
        var run = CliRun.Canned("check", Board("CLEAN"));
        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain("0 errors, 0 warnings");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Version_prints_the_version_of_Directory_Build_props_that_the_reports_state()
    {
        // Read by hand from the file, not from the build: the version a release tag would override is this one.
        var props = System.Xml.Linq.XDocument.Load(Path.Combine(DrcTool.TestSupport.RepoPaths.Root, "Directory.Build.props"));
        var version = props.Descendants("Version").Single().Value;
        var run = CliRun.Of("--version");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.Trim().ShouldBe(version);
        CliRun.Canned("check", Board("CLEAN"), "--format", "json").Json.GetProperty("tool").GetProperty("version").GetString().ShouldBe(version);
    }

    [Fact]
    public void Check_with_an_error_finding_exits_1_and_prints_it_compiler_style()
    {
        var file = Board("SIMWIRED");
        var run = CliRun.Canned("check", file);
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain($"{file}:");
        run.Output.ShouldContain($"{file}:4:5: error DRC003: SIM_CLK (71) is wired to U9");
    }

    [Fact]
    public void Check_of_a_board_without_module_exits_0_with_the_DRC001_note()
    {
        // No module is not an error (issue 10): a FeatherWing in a hardware repository must not fail the run.
        var run = CliRun.Canned("check", Board("NOSOCKET"), "--format", "json");
        run.ExitCode.ShouldBe(0);
        var design = run.Json.GetProperty("designs")[0];
        design.GetProperty("module").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var finding = design.GetProperty("findings")[0];
        finding.GetProperty("rule").GetString().ShouldBe("DRC001");
        finding.GetProperty("severity").GetString().ShouldBe("note");
        finding.GetProperty("message").GetString()!.ShouldStartWith("no Particle module found");
    }

    [Fact]
    public void A_file_that_cannot_be_read_exits_2_naming_file_line_and_column()
    {
        var broken = Board("BROKEN");
        var run = CliRun.Canned("check", broken);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"{broken}:3:7: unbalanced parentheses");
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var run = CliRun.Of("pins", "no/such/board.kicad_pcb");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("no/such/board.kicad_pcb");
        run.Error.ShouldContain("not found");
    }

    [Fact]
    public void A_file_that_is_not_a_design_exits_2_with_line_and_column()
    {
        var notes = _files.Write("notes.txt", "hello\n");
        var run = CliRun.Of("netlist", notes);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"{notes}:1:1: not a design file");
    }

    [Fact]
    public void One_unreadable_file_in_a_batch_still_checks_the_others_and_exits_2()
    {
        var run = CliRun.Canned("check", Board("CLEAN"), Board("BROKEN"), "--format", "json");
        run.ExitCode.ShouldBe(2);
        var designs = run.Json.GetProperty("designs");
        designs.GetArrayLength().ShouldBe(2);
        designs[0].GetProperty("error").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        designs[0].GetProperty("summary").GetProperty("errors").GetInt32().ShouldBe(0);
        designs[1].GetProperty("error").GetProperty("line").GetInt32().ShouldBe(3);
        run.Json.GetProperty("summary").GetProperty("unreadable").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Check_json_findings_carry_the_documented_fields()
    {
        var run = CliRun.Canned("check", Board("SIMWIRED"), "--format", "json");
        var root = run.Json;
        root.GetProperty("schemaVersion").GetInt32().ShouldBe(1);
        root.GetProperty("kind").GetString().ShouldBe("check");
        var design = root.GetProperty("designs")[0];
        design.GetProperty("socket").GetProperty("ref").GetString().ShouldBe("J1");
        var f = design.GetProperty("findings").EnumerateArray().Single(x => x.GetProperty("rule").GetString() == "DRC003");
        f.GetProperty("severity").GetString().ShouldBe("error");
        f.GetProperty("contacts")[0].GetInt32().ShouldBe(71);
        f.GetProperty("somPins")[0].GetString().ShouldBe("SIM_CLK");
        f.GetProperty("nets")[0].GetString().ShouldBe("/SIM_CLK");
        f.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["J1.71", "U9"]);
        f.GetProperty("file").GetString()!.ShouldEndWith("simwired.net");
        f.GetProperty("line").GetInt32().ShouldBe(4);
        f.GetProperty("column").GetInt32().ShouldBe(5);
        f.TryGetProperty("message", out _).ShouldBeTrue();
        f.TryGetProperty("fixHint", out _).ShouldBeTrue();
    }

    [Fact]
    public void Pins_json_maps_every_contact_with_pin_net_and_parts()
    {
        var run = CliRun.Canned("pins", Board("CLEAN"), "--format", "json");
        run.ExitCode.ShouldBe(0);
        var contacts = run.Json.GetProperty("contacts");
        contacts.GetArrayLength().ShouldBe(69);
        var rst = contacts.EnumerateArray().Single(c => c.GetProperty("contact").GetInt32() == 34);
        rst.GetProperty("pin").GetString().ShouldBe("RST");
        rst.GetProperty("net").GetString().ShouldBe("/RST");
        rst.GetProperty("parts").EnumerateArray().Select(p => p.GetString()).ShouldBe(["R1", "SW1"]);
        var sim = contacts.EnumerateArray().Single(c => c.GetProperty("contact").GetInt32() == 67);
        sim.GetProperty("net").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Pins_text_prints_a_row_per_contact()
    {
        var run = CliRun.Canned("pins", Board("CLEAN"));
        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("SoM socket J1");
        run.Output.ShouldContain("/RST");
        run.Output.ShouldContain("(unconnected)");
    }

    [Fact]
    public void Pins_with_the_variant_names_contact_75_for_B5xx()
    {
        var run = CliRun.Canned("pins", Board("CLEAN"), "--format", "json", "--variant", "B524");
        run.Json.GetProperty("variant").GetString().ShouldBe("B524");
        run.Json.GetProperty("contacts").EnumerateArray().Single(c => c.GetProperty("contact").GetInt32() == 75)
            .GetProperty("pin").GetString().ShouldBe("RI");
    }

    [Fact]
    public void Netlist_json_lists_nets_with_ref_and_pin_nodes()
    {
        var run = CliRun.Canned("netlist", Board("CLEAN"), "--format", "json");
        run.ExitCode.ShouldBe(0);
        var rst = run.Json.GetProperty("nets").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "/RST");
        rst.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("ref").GetString()}.{n.GetProperty("pin").GetString()}")
            .ShouldBe(["J1.34", "R1.1", "SW1.1"]);
    }

    [Fact]
    public void Som_option_naming_a_missing_part_is_a_DRC001_error()
    {
        var run = CliRun.Canned("check", Board("CLEAN"), "--som", "J9");
        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("J9");
    }

    [Theory]
    [InlineData("check", "x.net", "--variant", "B999")]
    [InlineData("check", "x.net", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("check")]
    public void Usage_errors_exit_2(params string[] args) => CliRun.Of(args).ExitCode.ShouldBe(2);

    [Fact]
    public void Rules_lists_the_catalogue_and_explain_prints_the_page()
    {
        var rules = CliRun.Of("rules", "--format", "json");
        rules.ExitCode.ShouldBe(0);
        rules.Json.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ShouldContain("DRC002");
        // Which boards each rule checks: the B-SoM rules, a Gen 2 rule, and DRC001, which runs on every board.
        string[] ModulesOf(string id) => rules.Json.GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == id).GetProperty("modules").EnumerateArray().Select(m => m.GetString()!).ToArray();
        ModulesOf("DRC013").ShouldBe(["B-Series SoM"]);
        ModulesOf("DRC047").ShouldBe(["E-Series", "Electron"]);
        ModulesOf("DRC001").ShouldBe(["any"]);
        CliRun.Of("rules").Output.ShouldContain("Modules");
        var explain = CliRun.Of("explain", "drc002");
        explain.ExitCode.ShouldBe(0);
        explain.Output.ShouldStartWith("# DRC002");
        CliRun.Of("explain", "DRC999").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Rules_and_explain_show_the_limits_a_config_sets()
    {
        var folder = Directory.CreateTempSubdirectory("drctool-params-");
        try
        {
            var config = Path.Combine(folder.FullName, "drctool.yaml");
            File.WriteAllText(config, "parameters:\n  signal:\n    max-volts: 5.5\n");

            CliRun.Of("rules").Output.ShouldContain("No rail above 3.6 V on a SoM signal pin");
            var rules = CliRun.Of("rules", "--config", config);
            rules.ExitCode.ShouldBe(0);
            rules.Output.ShouldContain("No rail above 5.5 V on a SoM signal pin");
            CliRun.Of("rules", "--format", "json", "--config", config).Json.GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "DRC010").GetProperty("title").GetString().ShouldBe("No rail above 5.5 V on a SoM signal pin");

            var explain = CliRun.Of("explain", "DRC010", "--config", config);
            explain.ExitCode.ShouldBe(0);
            explain.Output.ShouldStartWith("# DRC010: No rail above 5.5 V on a SoM signal pin\n");
            explain.Output.ShouldContain($"- `signal.max-volts`: 5.5 ({config}:3:16)");
            CliRun.Of("explain", "DRC010").Output.ShouldContain("- `signal.max-volts`: 3.6 (rules/rule-parameters.yaml)");

            // Messages show their formats with the limits in effect too.
            File.WriteAllText(config, "parameters:\n  reset-pull-up:\n    typical-ohms: 4700\n");
            var reset = CliRun.Of("explain", "DRC013", "--config", config).Output;
            reset.ShouldContain("## Messages");
            reset.ShouldContain("- RST (34) on net {net} has no pull-up to 3V3 (Particle fits 4.7 kΩ)");
            reset.ShouldContain("- not-connected: RST (34) is not connected: it needs an external pull-up to 3V3 (4.7 kΩ)");
            CliRun.Of("rules", "--format", "json", "--config", config).Json.GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "DRC013").GetProperty("messages").GetProperty("not-connected").GetString()
                .ShouldBe("RST (34) is not connected: it needs an external pull-up to 3V3 (4.7 kΩ)");

            File.WriteAllText(config, "parameters:\n  signal:\n    max-vots: 5.5\n");
            CliRun.Of("rules", "--config", config).ExitCode.ShouldBe(2);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--fial-on", "'--fail-on'")]
    [InlineData("--severty", "'--severity'")]
    [InlineData("--reprot", "'--report'")]
    public void A_mistyped_option_is_a_usage_error_that_says_what_was_meant(string typo, string meant)
    {
        var run = CliRun.Canned("check", Board("CLEAN"), typo, "error");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain($"unknown option '{typo}'; did you mean {meant}?");
        run.Output.ShouldBeEmpty("nothing is checked on a usage error");
    }

    [Fact]
    public void A_mistyped_command_is_a_usage_error_that_says_what_was_meant()
    {
        var run = CliRun.Of("chek", "board.net");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("'chek': did you mean 'check'?");
    }

    [Fact]
    public void Text_output_to_a_writer_has_no_colour_and_ends_with_the_closing_line()
    {
        var run = CliRun.Canned("check", Board("SIMWIRED"));
        run.Output.ShouldNotContain("\u001b[");
        run.Output.TrimEnd().Split('\n')[^1].ShouldStartWith("FAIL: 1 of 1 board fails on errors (");
    }
}
