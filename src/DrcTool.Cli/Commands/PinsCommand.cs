using System.CommandLine;
using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Uses;
using DrcTool.Reporting.Terminal;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool pins FILE</c>: the module's pin map, pin by pin, with the net, the parts on it and the pin's uses.</summary>
internal sealed class PinsCommand : DesignCommand
{
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _module = CommonOptions.Module();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    public PinsCommand(CliEnvironment env)
        : base(env)
    {
        Command = new Command("pins", "Print the module's pin map: each pin (for the B-SoM each M.2 contact), its pad, its net, the parts on that net and how the board uses it.")
        {
            File, Format, _module, _som, _variant, Prefer,
        };
        Command.SetAction(LoadAndRun);
    }

    protected override int Run(ParseResult parse, Design design)
    {
        var options = CommonOptions.CheckOptionsFrom(parse.GetValue(_som), parse.GetValue(_variant), parse.GetValue(_module));
        var (search, binding) = DesignChecker.Default.Bind(design, options);
        var uses = binding is null ? null : PinUseInference.Default.Infer(binding, ElectricalPicture.Build(design, binding, PictureSettings.From(options.Config)));
        if (WantsJson(parse))
        {
            Env.Output.Write(JsonOutput.ToText(w => PinMapJson.Write(w, design, search, binding, options.EffectiveVariant, uses)));
        }
        else
        {
            TextOutput.WritePins(Env.Output, design, search, binding, uses);
        }

        // No module: the map the user asked for does not exist.
        return binding is null ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
