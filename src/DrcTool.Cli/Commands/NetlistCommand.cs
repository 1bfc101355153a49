using System.CommandLine;
using DrcTool.Core.Model;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool netlist FILE</c>: the design's nets and the (part, pad) nodes on each.</summary>
internal sealed class NetlistCommand : DesignCommand
{

    public NetlistCommand(CliEnvironment env)
        : base(env)
    {
        Command = new Command("netlist", "Print the design's connectivity: every net with its part pads.") { File, Format, Prefer };
        Command.SetAction(LoadAndRun);
    }

    protected override int Run(ParseResult parse, Design design)
    {
        if (WantsJson(parse))
        {
            Env.Output.Write(JsonOutput.ToText(w => NetlistJson.Write(w, design)));
        }
        else
        {
            TextOutput.WriteNetlist(Env.Output, design);
        }

        return ExitCodes.Clean;
    }
}
