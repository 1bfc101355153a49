using System.CommandLine;
using System.Globalization;
using DrcTool.Core.Checks;

namespace DrcTool.Cli.Commands;

/// <summary>
/// <c>drctool explain ID</c>: prints the rule's documentation page (docs/rules/ID.md, embedded at build), its title
/// showing the limits in effect, followed by the messages its findings say (the descriptor's formats) and the
/// parameters the rule reads with their values and where each is set.
/// </summary>
internal sealed class ExplainCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _id = new("ID") { Description = "A rule ID, e.g. DRC002." };
    private readonly Option<string?> _config = CommonOptions.Config("drctool.yaml whose parameters to show (default: the nearest above the current folder).");

    public ExplainCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("explain", "Print a rule's page: why it exists, its sources, and violating and compliant examples.") { _id, _config };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var id = parse.GetValue(_id)!.Trim();
        if (RuleCatalog.Default.Find(id) is null)
        {
            _env.Error.WriteLine($"drctool: unknown rule '{id}'; 'drctool rules' lists them.");
            return ExitCodes.UsageOrUnreadable;
        }

        if (CommonOptions.CatalogFor(parse.GetValue(_config), _env.Error) is not { } catalog)
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var d = catalog.FindDescriptor(id)!;
        if (RulePages.Read(d.Id) is { } page)
        {
            _env.Output.Write(WithTitle(page.EndsWith('\n') ? page : page + "\n", d));
        }
        else
        {
            _env.Output.WriteLine($"{d.Id}: {d.Title}");
            _env.Output.WriteLine($"Default severity: {d.DefaultSeverity.ToString().ToLowerInvariant()}; category: {d.Category}.");
            _env.Output.WriteLine($"(The page {d.HelpLink} is not in this build.)");
        }

        WriteMessages(d);
        WriteParameters(catalog, d);
        return ExitCodes.Clean;
    }

    /// <summary>The page with its heading showing the title in effect (the page is written with the shipped values).</summary>
    private static string WithTitle(string page, RuleDescriptor d)
    {
        var heading = $"# {d.Id}:";
        if (!page.StartsWith(heading, StringComparison.Ordinal)) return page;
        var end = page.IndexOf('\n');
        return $"# {d.Id}: {d.Title}" + page[end..];
    }

    /// <summary>What the rule's findings say: its descriptor's message formats, the limits in effect filled in.</summary>
    private void WriteMessages(RuleDescriptor d)
    {
        _env.Output.WriteLine();
        _env.Output.WriteLine(d.Messages.Count == 0 ? "## Message" : "## Messages");
        _env.Output.WriteLine();
        foreach (var (key, format) in d.AllMessageFormats)
        {
            _env.Output.WriteLine(key.Length == 0 ? $"- {format}" : $"- {key}: {format}");
        }
    }

    private void WriteParameters(RuleCatalog catalog, RuleDescriptor d)
    {
        var keys = d.ParameterKeys(catalog.Parameters);
        if (keys.Count == 0) return;
        _env.Output.WriteLine();
        _env.Output.WriteLine("## Parameters in effect");
        _env.Output.WriteLine();
        foreach (var key in keys)
        {
            var value = catalog.Parameters[key].ToString("0.###", CultureInfo.InvariantCulture);
            _env.Output.WriteLine($"- `{key}`: {value} ({catalog.Parameters.SourceOf(key)})");
        }
    }
}
