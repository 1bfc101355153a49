using System.CommandLine;
using DrcTool.Cli.Output;
using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;

namespace DrcTool.Cli.Commands;

/// <summary>
/// <c>drctool check FILE...</c>: checks each design and reports the findings. Exit 2 when a file could not be read
/// (the others are still checked), else 1 when a finding is at or above the fail level, else 0.
/// </summary>
internal sealed class CheckCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string[]> _files = new("FILE") { Description = "Design files to check.", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    public CheckCommand(CliEnvironment env)
    {
        _env = env;
        Command = new Command("check", "Check designs against the B-Series SoM base-board rules.") { _files, _format, _som, _variant };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    /// <summary>Findings at or above this level fail the run (exit 1).</summary>
    public Severity FailLevel { get; init; } = Severity.Error;

    private int Run(ParseResult parse)
    {
        var options = CommonOptions.CheckOptionsFrom(parse.GetValue(_som), parse.GetValue(_variant));
        var outcomes = CheckAll(parse.GetValue(_files)!, options);
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(JsonOutput.ToText(w => CheckReportJson.Write(w, outcomes, RuleCatalog.Default)));
        }
        else
        {
            TextOutput.WriteCheck(_env.Output, outcomes);
        }

        return ExitCodeFor(outcomes, FailLevel);
    }

    /// <summary>Checks every file in order; an unreadable file is reported on stderr and kept as an outcome.</summary>
    public IReadOnlyList<DesignOutcome> CheckAll(IEnumerable<string> files, CheckOptions options)
    {
        var outcomes = new List<DesignOutcome>();
        foreach (var file in files)
        {
            try
            {
                var design = _env.Loader.Load(file);
                outcomes.Add(DesignOutcome.Checked(file, DesignChecker.Check(design, options)));
            }
            catch (DesignReadException ex)
            {
                DesignInput.ReportUnreadable(ex, _env);
                outcomes.Add(DesignOutcome.Unreadable(ex));
            }
        }

        return outcomes;
    }

    public static int ExitCodeFor(IReadOnlyList<DesignOutcome> outcomes, Severity failLevel)
    {
        if (outcomes.Any(o => !o.IsReadable))
        {
            return ExitCodes.UsageOrUnreadable;
        }

        return outcomes.Any(o => o.Result!.Fails(failLevel)) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
