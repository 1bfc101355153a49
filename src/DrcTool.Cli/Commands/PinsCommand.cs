using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool pins FILE</c>: the SoM pin map, contact by contact, with the net and the parts on it.</summary>
internal sealed class PinsCommand : DesignCommand
{
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    public PinsCommand(CliEnvironment env)
        : base(env)
    {
        Command = new Command("pins", "Print the SoM pin map: each M.2 contact, its SoM pin, its net, and the parts on that net.")
        {
            File, Format, _som, _variant, Prefer,
        };
        Command.SetAction(LoadAndRun);
    }

    protected override int Run(ParseResult parse, Design design)
    {
        var options = CommonOptions.CheckOptionsFrom(parse.GetValue(_som), parse.GetValue(_variant));
        var (search, binding) = DesignChecker.Default.Bind(design, options);
        if (WantsJson(parse))
        {
            Env.Output.Write(JsonOutput.ToText(w => PinMapJson.Write(w, design, search, binding, options.EffectiveVariant)));
        }
        else
        {
            TextOutput.WritePins(Env.Output, design, search, binding);
        }

        // No socket is DRC001's error: the map the user asked for does not exist.
        return binding is null ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
