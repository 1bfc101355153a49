using System.Text;
using System.Text.Json;
using DrcTool.Core.Import;
using DrcTool.Core.Model;
using DrcTool.TestSupport;

namespace DrcTool.Cli.Tests;

/// <summary>Runs drctool in-process and captures its output, exit code and error stream.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public static CliRun Of(params string[] args) => With(DesignLoader.Default, args);

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
/// the file's content after "(export" names which canned design it returns.
/// </summary>
internal sealed class CannedReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.KiCadNetlist;

    public Design Read(string path, byte[] content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Contains("COMPLETE", StringComparison.Ordinal))
        {
            // A board that passes every rule of the catalogue: the project's reference board (notes only).
            return DesignLoader.Default.Load(Path.Combine(DrcTool.TestSupport.RepoPaths.SampleBoards, "reference-board", "reference-board.net"));
        }

        var builder = new DesignBuilder(path);
        if (text.Contains("NOSOCKET", StringComparison.Ordinal))
        {
            return builder.Part("R1", "10k").Part("C1", "100n").Build();
        }

        builder.Socket().Grounded().Part("R4", "10k").Net("/RST", "J1.34", "R4.1");
        if (text.Contains("SIMWIRED", StringComparison.Ordinal))
        {
            builder.Part("U9", "SIM-SOCKET", 6).Net("/SIM_CLK", "J1.71", "U9.3");
        }

        if (text.Contains("BROKEN", StringComparison.Ordinal))
        {
            throw new DesignReadException(path, 3, 7, "unbalanced parentheses");
        }

        return builder.Build();
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
