using System.CommandLine;
using DrcTool.Cli.Batch;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;
using DrcTool.Reporting.Output;
using DrcTool.Reporting.Terminal;
using DrcTool.Reporting.Text;

namespace DrcTool.Cli.Commands;

/// <summary>
/// <c>drctool check PATH...</c>: checks designs given as files, folders or globs (a whole hardware repository is one
/// argument; docs/batch-runs.md says which file of a board is checked), in parallel, and reports the findings on
/// standard output and in --report files. Exit 2 when a file could not be read (the others are still checked and
/// reported), else 1 when a finding is at or above the fail level, else 0.
/// </summary>
internal sealed class CheckCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string[]> _files = new("PATH")
    {
        Description = "Design files, KiCad projects (.kicad_pro), folders (a KiCad project's folder, else searched recursively, one design per board) or globs ('boards/**/*.kicad_sch').",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string?> _som = CommonOptions.Som();
    private readonly Option<string?> _module = CommonOptions.Module();
    private readonly Option<string?> _variant = CommonOptions.Variant();

    private readonly Option<string[]> _reports = new("--report", "-r")
    {
        Description = $"Also write a report file; repeatable. The extension picks the format: {ReportFormats.Extensions}.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> _failOn = new("--fail-on")
    {
        Description = "Exit 1 when a finding is at or above this level: error (default), warning or note.",
    };

    private readonly Option<string?> _config = new("--config", "-c")
    {
        Description = "drctool.yaml to use for every design (default: the nearest drctool.yaml beside or above each design).",
    };

    private readonly Option<string?> _prefer = CommonOptions.Prefer();

    private readonly Option<string?> _severity = new("--severity")
    {
        Description = "Show findings at or above this level: error, warning or note (default). The exit code and the report files other than JSON still count every finding.",
    };

    private readonly Option<bool> _timestamp = new("--timestamp")
    {
        Description = "Stamp the reports with the time of the run (SOURCE_DATE_EPOCH sets it too). Without it the same input gives byte-identical reports.",
    };

    public CheckCommand(CliEnvironment env)
    {
        _env = env;
        _failOn.AcceptOnlyFromAmong("error", "warning", "note");
        _severity.AcceptOnlyFromAmong("error", "warning", "note");
        Command = new Command("check", "Check designs against the B-Series SoM base-board rules.")
        {
            _files, _format, _module, _som, _variant, _reports, _failOn, _config, _prefer, _severity, _timestamp,
        };
        TypoHints.RejectUnknownOptions(_files, Command);
        Command.SetAction(Run);
    }

    public Command Command { get; }

    /// <summary>The process environment (GITHUB_ACTIONS); tests give their own.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    private int Run(ParseResult parse)
    {
        var reportPaths = parse.GetValue(_reports) ?? [];
        if (new ReportFiles(new CheckJsonReportWriter([], RuleCatalog.Default)).Validate(reportPaths) is { } usage)
        {
            _env.Error.WriteLine($"drctool: {usage}");
            return ExitCodes.UsageOrUnreadable;
        }

        DrcConfig? explicitConfig = null;
        if (parse.GetValue(_config) is { } configPath)
        {
            try
            {
                explicitConfig = DrcConfigLoader.Load(configPath);
            }
            catch (ConfigException ex)
            {
                _env.Error.WriteLine(ex.Message);
                return ExitCodes.UsageOrUnreadable;
            }
        }

        var configs = new ConfigCache(explicitConfig);
        var prefer = CommonOptions.ParsePrefer(parse.GetValue(_prefer));
        var inputs = new DesignDiscovery(folder => configs.PreferFor(folder, prefer)).Discover(parse.GetValue(_files)!);
        var settings = new CheckSettings
        {
            SomReference = parse.GetValue(_som),
            Module = parse.GetValue(_module),
            Variant = CommonOptions.ParseVariant(parse.GetValue(_variant)),
            FailOn = SeverityText.TryParse(parse.GetValue(_failOn), out var failOn) ? failOn : null,
        };

        var checkRun = new CheckRun(_env.Loader, configs);
        var batch = BatchResult.From(BatchProgress.IsWanted(_env.Error) && inputs.Count > 1
            ? BatchProgress.Run(inputs.Count, done => checkRun.Run(inputs, settings, done))
            : checkRun.Run(inputs, settings));

        foreach (var outcome in batch.Outcomes.Where(o => o.ReadError is not null))
        {
            DesignInput.ReportUnreadable(outcome.ReadError!, _env);
        }

        var configFiles = configs.Loaded.Select(c => c.SourceFile).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var timestamp = RunTimestamp.From(parse.GetValue(_timestamp), Environment);
        var shown = SeverityText.TryParse(parse.GetValue(_severity), out var minimum) ? minimum : Severity.Note;
        var header = new CheckJsonHeader(ToolInfo.Version, shown, timestamp);
        var run = BatchReports.RunModel(batch, CommandLineText.Of(parse), configFiles, timestamp);
        var json = parse.GetValue(_format) == CommonOptions.Json;
        var console = TerminalConsole.For(_env.Output, TerminalConsole.WantsColour(_env.Output, Environment), width: 100_000);
        if (json)
        {
            _env.Output.Write(JsonOutput.ToText(w => CheckReportJson.Write(w, batch.Outcomes, RuleCatalog.Default, header)));
        }
        else
        {
            CheckText.Write(console, run, shown);
        }

        foreach (var waiver in run.UnmatchedWaivers)
        {
            _env.Error.WriteLine($"{waiver.ConfigFile}: waiver for {waiver.Rule} on {waiver.Target} matched no finding (reason: {waiver.Reason})");
        }

        // Annotations go where the runner reads them without mixing into JSON on standard output.
        BatchReports.Annotate(run, json ? _env.Error : _env.Output, Environment, reportPaths);
        if (BatchReports.Write(run, batch, reportPaths, _env.Error, header) is not { } written)
        {
            return ExitCodes.UsageOrUnreadable;
        }

        if (!json)
        {
            CheckText.WriteClosing(console, run, written);
        }

        return run.ExitCode;
    }
}
