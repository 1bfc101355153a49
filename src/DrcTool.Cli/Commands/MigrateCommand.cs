using System.CommandLine;
using DrcTool.Core.Config;
using DrcTool.Core.Migration;
using DrcTool.Reporting.Migration;
using DrcTool.Reporting.Output;

namespace DrcTool.Cli.Commands;

/// <summary>
/// <c>drctool migrate DESIGN</c>: plan the move of an Electron, E-Series or Boron design onto the B-Series SoM
/// (docs/migrate.md). Exit 0 when the plan places every used function, 1 when some cannot be placed, 2 when the
/// design cannot be read or carries no source module.
/// </summary>
internal sealed class MigrateCommand
{
    private readonly CliEnvironment _env;
    private readonly Argument<string> _file = new("DESIGN") { Description = "The source design: KiCad or Eagle schematic, board or netlist, a KiCad project, or a folder holding one design." };
    private readonly Option<string> _to = new("--to") { Description = "The B-SoM variant to plan for.", DefaultValueFactory = _ => nameof(SomVariant.B404X) };
    private readonly Option<string> _format = CommonOptions.Format().WithFormats();
    private readonly Option<string[]> _reports = new("--report", "-r")
    {
        Description = $"Also write the plan to a file; repeatable. The extension picks the format: {MigrationReportFiles.Extensions}.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string?> _module = new("--module")
    {
        Description = "The source module by name (Boron, Electron, E-Series) or by its part reference; skips the search.",
    };

    private readonly Option<bool> _noPmic = new("--no-pmic")
    {
        Description = "Plan a board without the bq24195 PMIC and MAX17043 fuel gauge: D0/D1 and A6 stay free for the design.",
    };

    private readonly Option<string?> _prefer = CommonOptions.Prefer();
    private readonly Option<string?> _config = CommonOptions.Config("drctool.yaml whose migration:, parameters:, module: and rails: apply (default: the nearest beside the design or above it).");

    public MigrateCommand(CliEnvironment env)
    {
        _env = env;
        _to.AcceptOnlyFromAmong(Enum.GetNames<SomVariant>());
        Command = new Command("migrate", "Plan the move of an Electron, E-Series or Boron design onto the B-Series SoM: pin by pin, with board changes and firmware notes.")
        {
            _file, _to, _format, _reports, _module, _noPmic, _prefer, _config,
        };
        Command.SetAction(Run);
    }

    public Command Command { get; }

    private int Run(ParseResult parse)
    {
        var reports = parse.GetValue(_reports) ?? [];
        if (MigrationReportFiles.Validate(reports) is { } usage)
        {
            _env.Error.WriteLine($"drctool: {usage}");
            return ExitCodes.UsageOrUnreadable;
        }

        var path = parse.GetValue(_file)!;
        DrcConfig config;
        try
        {
            var configPath = parse.GetValue(_config) ?? ConfigFinder.FindFor(path);
            config = configPath is null ? DrcConfig.Default : DrcConfigLoader.Load(configPath);
        }
        catch (ConfigException ex)
        {
            _env.Error.WriteLine(ex.Message);
            return ExitCodes.UsageOrUnreadable;
        }

        var prefer = CommonOptions.ParsePrefer(parse.GetValue(_prefer)) ?? CommonOptions.ParsePrefer(config.Prefer);
        var design = DesignInput.TryLoad(path, prefer, _env);
        if (design is null)
        {
            return ExitCodes.UsageOrUnreadable;
        }

        var source = MigrationSourceReader.Default.Read(design, parse.GetValue(_module), config, out var problem);
        if (source is null)
        {
            _env.Error.WriteLine($"{design.SourceFile}: error: {problem}");
            return ExitCodes.UsageOrUnreadable;
        }

        var variant = Enum.Parse<SomVariant>(parse.GetValue(_to)!, ignoreCase: true);
        var plan = MigrationPlanner.For(config).Plan(source, variant, new SolveOptions { PmicFitted = !parse.GetValue(_noPmic) });
        if (parse.GetValue(_format) == CommonOptions.Json)
        {
            _env.Output.Write(MigrationJson.ToText(plan, design.SourceFile));
        }
        else
        {
            MigrationText.Write(_env.Output, plan, design.SourceFile);
        }

        foreach (var report in reports)
        {
            try
            {
                MigrationReportFiles.Write(report, plan, design.SourceFile);
            }
            catch (ReportWriteException ex)
            {
                _env.Error.WriteLine($"drctool: {ex.Message}");
                return ExitCodes.UsageOrUnreadable;
            }
        }

        return plan.PlacesEverything ? ExitCodes.Clean : ExitCodes.Findings;
    }
}
