using System.CommandLine;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool netlist FILE</c>: the design's nets and the (part, pad) nodes on each, and which part is the module.</summary>
internal sealed class NetlistCommand : DesignCommand
{
    private readonly Option<string?> _module = CommonOptions.Module();
    private readonly Option<string?> _som = CommonOptions.Som();

    public NetlistCommand(CliEnvironment env)
        : base(env)
    {
        Command = new Command("netlist", "Print the design's connectivity: every net with its part pads.") { File, Format, _module, _som, Prefer };
        Command.SetAction(LoadAndRun);
    }

    protected override int Run(ParseResult parse, Design design)
    {
        // The module the design carries, so the netlist says which part is the module (and how it was found).
        var (search, binding) = DesignChecker.Default.Bind(design, CommonOptions.CheckOptionsFrom(parse.GetValue(_som), null, parse.GetValue(_module)));
        if (WantsJson(parse))
        {
            Env.Output.Write(JsonOutput.ToText(w => NetlistJson.Write(w, design, search, binding)));
        }
        else
        {
            TextOutput.WriteNetlist(Env.Output, design, search, binding);
        }

        return ExitCodes.Clean;
    }
}
