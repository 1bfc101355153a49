using System.CommandLine;
using DrcTool.Cli.Output;
using DrcTool.Core.Checks;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool rules</c>: the rule catalogue.</summary>
internal sealed class RulesCommand
{
    private readonly CliEnvironment _env;
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();

    public RulesCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("rules", "List every rule: ID, default severity, category and title.") { _format };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => RulesJson.Write(w, RuleCatalog.Default)));
        }
        else
        {
            TextOutput.WriteRules(_env.Output, RuleCatalog.Default);
        }

        return ExitCodes.Clean;
    }
}
