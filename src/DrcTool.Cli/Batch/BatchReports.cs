using DrcTool.Core.Checks;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;
using DrcTool.Reporting.GitHub;
using DrcTool.Reporting.Model;
using DrcTool.Reporting.Output;

namespace DrcTool.Cli.Batch;

/// <summary>After a batch: the report model for the run, the --report files, and GitHub annotations under Actions.</summary>
internal static class BatchReports
{
    /// <param name="commandLine">The command as typed, for the workbook's overview.</param>
    /// <param name="configFiles">The drctool.yaml files the run read.</param>
    /// <param name="timestamp">When the run happened, only when asked for (see <see cref="RunTimestamp"/>).</param>
    public static ReportRun RunModel(BatchResult batch, string? commandLine = null, IReadOnlyList<string>? configFiles = null, DateTimeOffset? timestamp = null) => new()
    {
        CommandLine = commandLine,
        ConfigFiles = configFiles ?? [],
        Timestamp = timestamp,
        Designs = batch.Reports,
        Rules = RuleCatalog.Default.Descriptors.ToList(),
        FailLevel = batch.FailLevel,
        UnmatchedWaivers = batch.UnmatchedWaivers,
        BaseDirectory = Directory.GetCurrentDirectory(),
        HelpBaseUri = HelpBase(),
        RuleHelp = RuleCatalog.Default.Rules
            .Select(r => (r.Descriptor.Id, Page: RulePages.Read(r.Descriptor.Id)))
            .Where(x => x.Page is not null)
            .ToDictionary(x => x.Id, x => x.Page!, StringComparer.Ordinal),
        ToolVersion = ToolInfo.Version,
    };

    /// <summary>Writes every report and returns the files written; null (after saying why on stderr) when one could not be written.</summary>
    /// <param name="json">What the JSON report says about the run (version, severities, timestamp).</param>
    public static IReadOnlyList<string>? Write(ReportRun run, BatchResult batch, IReadOnlyList<string> paths, TextWriter error, CheckJsonHeader? json = null)
    {
        var files = new ReportFiles(new CheckJsonReportWriter(batch.Outcomes, RuleCatalog.Default, json));
        var inputs = batch.Outcomes.Select(o => o.File).ToList();
        var written = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                written.AddRange(files.Write(run, [path], inputs));
            }
            catch (ReportWriteException ex)
            {
                error.WriteLine($"drctool: {ex.Message}");
                return null;
            }
        }

        return written;
    }

    public static void Annotate(ReportRun run, TextWriter output, Func<string, string?> environment, IReadOnlyList<string>? reports = null)
    {
        if (!GitHubAnnotations.IsActive(environment))
        {
            return;
        }

        foreach (var line in GitHubAnnotations.Lines(run, reports))
        {
            output.WriteLine(line);
        }
    }

    /// <summary>
    /// Where rule pages are published, for SARIF's helpUri and the reports' links: $DRCTOOL_HELP_BASE_URI (absolute),
    /// else the pages of the installed version in the project's repository (<see cref="HelpLinks.DefaultBase"/>).
    /// </summary>
    private static Uri HelpBase() =>
        HelpLinks.BaseFrom(Environment.GetEnvironmentVariable(HelpLinks.BaseVariable)) ?? HelpLinks.DefaultBase(ToolInfo.Version);
}
