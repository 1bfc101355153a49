using System.Text.Json;
using DrcTool.TestSupport;
using YamlDotNet.RepresentationModel;

namespace DrcTool.Cli.Tests.Packaging;

/// <summary>
/// The composite GitHub Action (action.yml) run as the runner would: each `run:` step's script in bash with the
/// environment its `env:` block and the runner set, the inputs filled in, and the tool installed from the packed folder
/// (input package-source). The `uses:` steps (setup-dotnet, upload-sarif) are GitHub's and are not run here.
/// </summary>
[Collection(PackagingCollection.Name)]
public sealed class ActionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-action-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static YamlMappingNode Action()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(RepoPaths.Root, "action.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode action) =>
        ((YamlSequenceNode)((YamlMappingNode)action["runs"])["steps"]).Children.Cast<YamlMappingNode>();

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void Scripts_read_inputs_from_the_environment_only()
    {
        var action = Action();
        Scalar((YamlMappingNode)action["runs"], "using").ShouldBe("composite");
        var inputs = ((YamlMappingNode)action["inputs"]).Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();
        inputs.ShouldBe(["paths", "fail-on", "reports", "sarif", "upload-sarif", "config", "version", "package-source"], ignoreOrder: true);
        var runs = Steps(action).Where(s => Scalar(s, "run") is not null).ToList();
        runs.Count.ShouldBe(3);
        foreach (var step in runs)
        {
            // ${{ }} inside a script is pasted into the shell source before it runs: a board path could inject commands.
            Scalar(step, "run")!.ShouldNotContain("${{");
            Scalar(step, "shell").ShouldBe("bash");
        }

        Steps(action).Select(s => Scalar(s, "uses")).ShouldContain(u => u != null && u.StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
    }

    [PackagesFact]
    public void A_board_with_an_error_fails_the_action_after_writing_the_sarif_and_the_job_summary()
    {
        var result = RunAction(new Dictionary<string, string>
        {
            ["paths"] = $"{Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net")}\n{Path.Combine(RepoPaths.SampleBoards, "violations", "DRC003-sim-wired")}",
            ["reports"] = "out/drctool.csv out/junit.xml",
            ["sarif"] = "out/drctool.sarif",
        });

        result.Outputs["exit-code"].ShouldBe("1");
        result.VerdictExitCode.ShouldBe(1);
        result.Log.ShouldContain("::error title=DrcTool::");
        var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.Workspace, "out", "drctool.sarif"))).RootElement;
        sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .ShouldContain(r => r.GetProperty("ruleId").GetString() == "DRC003");
        File.Exists(Path.Combine(result.Workspace, "out", "drctool.csv")).ShouldBeTrue();
        File.Exists(Path.Combine(result.Workspace, "out", "junit.xml")).ShouldBeTrue();
        result.Summary.ShouldContain("❌ fail");
        result.Summary.ShouldContain("DRC003");
    }

    [PackagesFact]
    public void A_clean_board_passes_and_fail_on_warning_is_passed_through()
    {
        var clean = RunAction(new Dictionary<string, string>
        {
            ["paths"] = Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net"),
        });
        clean.Outputs["exit-code"].ShouldBe("0");
        clean.VerdictExitCode.ShouldBe(0);
        clean.Summary.ShouldContain("✅ pass");
        File.Exists(Path.Combine(clean.Workspace, "drctool.sarif")).ShouldBeTrue();

        var strict = RunAction(new Dictionary<string, string>
        {
            ["paths"] = Path.Combine(RepoPaths.SampleBoards, "violations", "DRC015-mode-pull-up"),
            ["fail-on"] = "warning",
        });
        strict.Outputs["exit-code"].ShouldBe("1", strict.Log);
        strict.VerdictExitCode.ShouldBe(1);
    }

    [AotBuildFact]
    public void Without_a_package_source_and_with_no_DrcTool_on_the_feeds_it_packs_the_tool_from_its_own_source()
    {
        // The job's only feed is an empty folder (a nuget.config in the workspace, as a repository would have one):
        // the install from the feeds fails, and the action packs the framework-dependent tool from its checkout.
        var result = RunAction(
            new Dictionary<string, string> { ["paths"] = Path.Combine(RepoPaths.SampleBoards, "violations", "DRC003-sim-wired") },
            packageSource: null);

        result.Log.ShouldContain("::notice title=DrcTool::DrcTool is not on the package feeds");
        result.Outputs["exit-code"].ShouldBe("1", result.Log);
        result.Summary.ShouldContain("DRC003");
        var (command, _) = PackagingEnvironment.InstalledCommand(Path.Combine(result.Temp, "drctool-tool"));
        ((string)command.Attribute("Runner")!).ShouldBe("dotnet", "the framework-dependent package");
    }

    private sealed record ActionResult(string Workspace, string Temp, Dictionary<string, string> Outputs, int VerdictExitCode, string Summary, string Log);

    /// <summary>
    /// Runs the run-steps in order, as the runner would, with the inputs given and the defaults of action.yml, installing
    /// from the packed folder; with <paramref name="packageSource"/> null, from the feeds of a workspace whose only feed is empty.
    /// </summary>
    private ActionResult RunAction(Dictionary<string, string> given, string? packageSource = "packed")
    {
        var run = Path.Combine(_dir, Guid.NewGuid().ToString("N")[..8]);
        var workspace = Path.Combine(run, "workspace");
        var temp = Path.Combine(run, "runner-temp");
        Directory.CreateDirectory(workspace);
        Directory.CreateDirectory(temp);
        var summary = Path.Combine(run, "step-summary.md");
        File.WriteAllText(summary, "");

        var action = Action();
        var inputs = ((YamlMappingNode)action["inputs"]).Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => given.TryGetValue(((YamlScalarNode)kv.Key).Value!, out var value) ? value : Scalar((YamlMappingNode)kv.Value, "default") ?? "");
        if (packageSource is null)
        {
            var empty = Directory.CreateDirectory(Path.Combine(run, "empty-feed")).FullName;
            PackagingEnvironment.OnlySourceConfig(workspace, empty);
            inputs["package-source"] = "";
        }
        else
        {
            inputs["package-source"] = PackagingEnvironment.Packages!;
        }

        inputs["upload-sarif"] = "false";

        var stepOutputs = new Dictionary<string, Dictionary<string, string>>();
        var log = new System.Text.StringBuilder();
        var verdict = -1;
        foreach (var step in Steps(action))
        {
            var script = Scalar(step, "run");
            if (script is null)
            {
                continue;
            }

            var outputFile = Path.Combine(run, $"output-{stepOutputs.Count}");
            File.WriteAllText(outputFile, "");
            var env = new Dictionary<string, string?>
            {
                ["GITHUB_ACTIONS"] = "true",
                ["GITHUB_WORKSPACE"] = workspace,
                ["GITHUB_ACTION_PATH"] = RepoPaths.Root,
                ["RUNNER_TEMP"] = temp,
                ["GITHUB_OUTPUT"] = outputFile,
                ["GITHUB_STEP_SUMMARY"] = summary,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
            };
            if (step.Children.TryGetValue(new YamlScalarNode("env"), out var envNode))
            {
                foreach (var (key, value) in ((YamlMappingNode)envNode).Children)
                {
                    env[((YamlScalarNode)key).Value!] = Expression(((YamlScalarNode)value).Value!, inputs, stepOutputs);
                }
            }

            var scriptFile = Path.Combine(run, $"step-{stepOutputs.Count}.sh");
            File.WriteAllText(scriptFile, script);
            // GitHub's `shell: bash` is `bash --noprofile --norc -eo pipefail {0}`.
            var result = ProcessRunner.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", scriptFile], workspace, env, TimeSpan.FromMinutes(20));
            log.Append(result.Output).Append(result.Error);
            var id = Scalar(step, "id") ?? $"step{stepOutputs.Count}";
            stepOutputs[id] = File.ReadAllLines(outputFile).Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
            if (Scalar(step, "name") == "Verdict")
            {
                verdict = result.ExitCode;
            }
            else
            {
                result.ExitCode.ShouldBe(0, $"step {Scalar(step, "name")}: {result.Output}{result.Error}");
            }
        }

        return new ActionResult(workspace, temp, stepOutputs["check"], verdict, File.ReadAllText(summary), log.ToString());
    }

    /// <summary>The one expression form the env blocks use: ${{ inputs.NAME }} or ${{ steps.ID.outputs.NAME }}.</summary>
    private static string Expression(string value, Dictionary<string, string> inputs, Dictionary<string, Dictionary<string, string>> steps)
    {
        var match = System.Text.RegularExpressions.Regex.Match(value, @"^\$\{\{\s*(inputs\.(?<input>[\w-]+)|steps\.(?<step>[\w-]+)\.outputs\.(?<output>[\w-]+))\s*\}\}$");
        if (!match.Success)
        {
            return value.Contains("${{", StringComparison.Ordinal) ? throw new InvalidOperationException($"unexpected expression {value}") : value;
        }

        return match.Groups["input"].Success
            ? inputs[match.Groups["input"].Value]
            : steps[match.Groups["step"].Value][match.Groups["output"].Value];
    }
}
