using System.Text;
using System.Text.Json;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>
/// Runs drctool and captures its output, exit code and error stream: in-process, or the executable $DRCTOOL_CLI names
/// (<see cref="ExternalCli"/>). <see cref="Canned"/> always runs in-process, since it swaps the design reader.
/// </summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static CliRun Of(params string[] args) =>
        ExternalCli.Path is { } cli ? ExternalCli.Run(cli, args) : With(DesignLoader.Default, args);

    /// <summary>Always in-process, whatever $DRCTOOL_CLI says: the reference a published binary is compared with.</summary>
    public static CliRun InProcess(params string[] args) => With(DesignLoader.Default, args);

    /// <summary>Runs with a loader whose netlist reader returns <see cref="CannedReader"/>'s designs.</summary>
    public static CliRun Canned(params string[] args) => With(new DesignLoader([new CannedReader()]), args);

    private static CliRun With(DesignLoader loader, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliEnvironment(output, error, loader));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>
/// Stands in for the KiCad netlist reader so the CLI's plumbing (exit codes, formats, JSON fields) is tested on its own:
/// the file's content names which design it returns. "CLEAN" is the project's reference board (which passes every
/// rule), "SIMWIRED" the same board with SIM_CLK wired to a SIM socket U9, "NOSOCKET" two passives, "BROKEN" a read error.
/// </summary>
internal sealed class CannedReader : MarkerReader
{
    protected override Design Read(string path, string text, Design reference)
    {
        if (text.Contains("NOSOCKET", StringComparison.Ordinal))
        {
            return new DesignBuilder(path).Part("R1", "10k").Part("C1", "100n").Build();
        }

        var components = reference.Components.ToList();
        var nets = reference.Nets.ToList();
        if (text.Contains("SIMWIRED", StringComparison.Ordinal))
        {
            components.Add(new Component("U9", "SIM-SOCKET", "Connector_Card:nanoSIM", "Connector", "SIM_Card", new Dictionary<string, string>(),
                true, [new ComponentPin("1", "VCC"), new ComponentPin("3", "CLK")], new SourceLocation(path, 2, 3)));
            nets.RemoveAll(n => n.Nodes.Contains(new NetNode("J1", "71")));
            nets.Add(new Net("/SIM_CLK", [new NetNode("J1", "71"), new NetNode("U9", "3")], new SourceLocation(path, 4, 5)));
        }

        return new Design(path, DesignFormat.KiCadNetlist, components, nets);
    }
}

/// <summary>A temporary folder with small files; deleted after the test.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("drctool-cli-").FullName;

    public string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
