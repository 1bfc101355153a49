using System.CommandLine;
using DrcTool.Core.Model;

namespace DrcTool.Cli.Commands;

/// <summary>A command over one design (pins, netlist): its FILE argument, --format and --prefer, and loading it.</summary>
internal abstract class DesignCommand
{
    protected DesignCommand(CliEnvironment env) => Env = env;

    protected CliEnvironment Env { get; }
    protected Argument<string> File { get; } = CommonOptions.DesignFile();
    protected Option<string> Format { get; } = CommonOptions.Format().WithFormats();
    protected Option<string?> Prefer { get; } = CommonOptions.Prefer();

    public Command Command { get; protected init; } = null!;

    /// <summary>Loads the design FILE names and runs the command on it; exit 2 (said on standard error) when it cannot be read.</summary>
    protected int LoadAndRun(ParseResult parse) =>
        DesignInput.TryLoad(parse.GetValue(File)!, CommonOptions.ParsePrefer(parse.GetValue(Prefer)), Env) is { } design
            ? Run(parse, design)
            : ExitCodes.UsageOrUnreadable;

    protected abstract int Run(ParseResult parse, Design design);

    protected bool WantsJson(ParseResult parse) => parse.GetValue(Format) == CommonOptions.Json;
}
