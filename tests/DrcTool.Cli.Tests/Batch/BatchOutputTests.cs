using System.CommandLine;
using DrcTool.Cli.Commands;
using DrcTool.Core.Import;

namespace DrcTool.Cli.Tests.Batch;

public sealed class BatchOutputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Board(string name, string? net)
    {
        var path = Path.Combine(_dir, "boards", name, name + ".net");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, HostileNetReader.Board(net));
        return path;
    }

    private static (int Code, string Output, string Error) Check(Func<string, string?> environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var command = new CheckCommand(new CliEnvironment(output, error, new DesignLoader([new HostileNetReader()]))) { Environment = environment };
        var code = command.Command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Under_GitHub_Actions_findings_become_workflow_annotations()
    {
        var board = Board("sim", "/SIM_CLK");
        var (code, output, _) = Check(n => n == "GITHUB_ACTIONS" ? "true" : null, board);
        code.ShouldBe(1);
        var annotation = output.Split('\n').Single(l => l.StartsWith("::error ", StringComparison.Ordinal) && l.Contains("DRC003"));
        annotation.ShouldContain("file=");
        annotation.ShouldContain(",line=901,col=5,title=DRC003");

        Check(_ => null, board).Output.ShouldNotContain("::error");
        // With --format json the annotations go to stderr, so standard output stays one JSON document.
        var json = Check(n => n == "GITHUB_ACTIONS" ? "true" : null, board, "--format", "json");
        json.Output.ShouldNotContain("::error");
        json.Error.ShouldContain("::error ");
    }

    [Fact]
    public void A_parallel_batch_gives_byte_identical_reports_run_after_run()
    {
        for (var i = 0; i < 6; i++)
        {
            Board($"b{i}", i % 2 == 0 ? "/SIM_CLK" : null);
        }

        byte[][] Reports(string tag)
        {
            var paths = new[] { "r.json", "r.csv", "r.pins.csv", "r.sarif", "r.xml", "r.md", "r.xlsx" }
                .Select(p => Path.Combine(_dir, tag, p)).ToArray();
            var args = new List<string> { Path.Combine(_dir, "boards") };
            foreach (var p in paths.Where(p => !p.EndsWith(".pins.csv", StringComparison.Ordinal)))
            {
                args.Add("--report");
                args.Add(p);
            }

            Check(_ => null, [.. args]).Code.ShouldBe(1);
            return paths.Select(File.ReadAllBytes).ToArray();
        }

        // The same paths both times: the workbook's overview names the command line, report paths included.
        var first = Reports("one");
        var second = Reports("one");
        for (var i = 0; i < first.Length; i++)
        {
            second[i].ShouldBe(first[i], $"report {i}");
        }
    }
}
