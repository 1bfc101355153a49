using System.CommandLine;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool rules</c>: the rule catalogue, titles showing the limits in effect (a drctool.yaml's overrides).</summary>
internal sealed class RulesCommand
{
    private readonly CliEnvironment _env;
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _config = CommonOptions.Config("drctool.yaml whose parameters the titles show (default: the nearest above the current folder).");

    public RulesCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("rules", "List every rule: ID, default severity, category and title.") { _format, _config };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        if (CommonOptions.CatalogFor(parse.GetValue(_config), _env.Error) is not { } catalog)
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => RulesJson.Write(w, catalog)));
        }
        else
        {
            TextOutput.WriteRules(_env.Output, catalog);
        }

        return ExitCodes.Clean;
    }
}
