using System.CommandLine;
using DrcTool.Core.Checks;

namespace DrcTool.Cli.Commands;

/// <summary><c>drctool explain ID</c>: prints the rule's documentation page (docs/rules/ID.md, embedded at build).</summary>
internal sealed class ExplainCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _id = new("ID") { Description = "A rule ID, e.g. DRC002." };

    public ExplainCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("explain", "Print a rule's page: why it exists, its sources, and violating and compliant examples.") { _id };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var id = parse.GetValue(_id)!.Trim();
        var rule = RuleCatalog.Default.Find(id);
        if (rule is null)
        {
            _env.Error.WriteLine($"drctool: unknown rule '{id}'; 'drctool rules' lists them.");
            return ExitCodes.UsageOrUnreadable;
        }

        var d = rule.Descriptor;
        if (RulePages.Read(d.Id) is { } page)
        {
            _env.Output.Write(page.EndsWith('\n') ? page : page + "\n");
        }
        else
        {
            _env.Output.WriteLine($"{d.Id}: {d.Title}");
            _env.Output.WriteLine($"Default severity: {d.DefaultSeverity.ToString().ToLowerInvariant()}; category: {d.Category}.");
            _env.Output.WriteLine($"Message: {d.MessageFormat}");
            _env.Output.WriteLine($"(The page {d.HelpLink} is not in this build.)");
        }

        return ExitCodes.Clean;
    }
}
