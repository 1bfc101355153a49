using DrcTool.Core.Analysis.Uses;
using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Core.Analysis;
using DrcTool.Core.Checks;
using DrcTool.Core.Modules;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool pins FILE</c>: the module's pin map, pin by pin, with the net, the parts on it and the pin's uses.</summary>
internal sealed class PinsCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _file = new("FILE") { Description = "A KiCad (.kicad_sch, .kicad_pcb, .net) or Eagle (.sch, .brd) design, a KiCad project (.kicad_pro), or a folder holding one design." };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _prefer = CommonOptions.Prefer();
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _module = CommonOptions.Module();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    public PinsCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("pins", "Print the module's pin map: each pin (for the B-SoM each M.2 contact), its pad, its net, the parts on that net and how the board uses it.")
        {
            _file, _format, _module, _som, _variant, _prefer,
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

        var options = CommonOptions.CheckOptionsFrom(parse.GetValue(_som), parse.GetValue(_variant), parse.GetValue(_module));
        var (search, binding) = DesignChecker.Default.Bind(design, options);
        var uses = binding is null ? null : PinUseInference.Default.Infer(binding, ElectricalPicture.Build(design, binding, PictureSettings.From(options.Config)));
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => PinMapJson.Write(w, design, search, binding, options.EffectiveVariant, uses)));
        }
        else
        {
            TextOutput.WritePins(_env.Output, design, search, binding, uses);
        }

        // No module: the map the user asked for does not exist.
        return binding is null ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
