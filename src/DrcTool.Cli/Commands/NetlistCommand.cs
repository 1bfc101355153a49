using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool netlist FILE</c>: the design's nets and the (part, pad) nodes on each.</summary>
internal sealed class NetlistCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _file = new("FILE") { Description = "A KiCad (.kicad_sch, .kicad_pcb, .net) or Eagle (.sch, .brd) design, a KiCad project (.kicad_pro), or a folder holding one design." };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _prefer = CommonOptions.Prefer();

    public NetlistCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("netlist", "Print the design's connectivity: every net with its part pads.") { _file, _format, _prefer };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var design = DesignInput.TryLoad(parse.GetValue(_file)!, CommonOptions.ParsePrefer(parse.GetValue(_prefer)), _env);
        if (design is null)
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => NetlistJson.Write(w, design)));
        }
        else
        {
            TextOutput.WriteNetlist(_env.Output, design);
        }

        return ExitCodes.Clean;
    }
}
