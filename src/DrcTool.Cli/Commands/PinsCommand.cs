using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool pins FILE</c>: the SoM pin map, contact by contact, with the net and the parts on it.</summary>
internal sealed class PinsCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _file = new("FILE") { Description = "A KiCad (.kicad_sch, .kicad_pcb, .net) or Eagle (.sch, .brd) design, a KiCad project (.kicad_pro), or a folder holding one design." };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _prefer = CommonOptions.Prefer();
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    public PinsCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("pins", "Print the SoM pin map: each M.2 contact, its SoM pin, its net, and the parts on that net.")
        {
            _file, _format, _som, _variant, _prefer,
        };
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

        var options = CommonOptions.CheckOptionsFrom(parse.GetValue(_som), parse.GetValue(_variant));
        var (search, binding) = DesignChecker.Default.Bind(design, options);
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => PinMapJson.Write(w, design, search, binding, options.EffectiveVariant)));
        }
        else
        {
            TextOutput.WritePins(_env.Output, design, search, binding);
        }

        // No socket is DRC001's error: the map the user asked for does not exist.
        return binding is null ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
