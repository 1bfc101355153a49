using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool netlist FILE</c>: the design's nets and the (part, pad) nodes on each.</summary>
internal sealed class NetlistCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _file = new("FILE") { Description = "A KiCad (.kicad_sch, .kicad_pcb, .net) or Eagle (.sch, .brd) design, a KiCad project (.kicad_pro), or a folder holding one design." };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _prefer = CommonOptions.Prefer();
    private readonly Option<string?> _module = CommonOptions.Module();
    private readonly Option<string?> _som = CommonOptions.Som();

    public NetlistCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("netlist", "Print the design's connectivity: every net with its part pads.") { _file, _format, _module, _som, _prefer };
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

        // The module the design carries, so the netlist says which part is the module (and how it was found).
        var (search, binding) = DesignChecker.Default.Bind(design, CommonOptions.CheckOptionsFrom(parse.GetValue(_som), null, parse.GetValue(_module)));
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => NetlistJson.Write(w, design, search, binding)));
        }
        else
        {
            TextOutput.WriteNetlist(_env.Output, design, search, binding);
        }

        return ExitCodes.Clean;
    }
}
