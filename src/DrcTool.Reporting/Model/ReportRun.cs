using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Model;

/// <summary>One run of DrcTool over one or more designs: what every report file is written from.</summary>
public sealed record ReportRun
{
    public required IReadOnlyList<DesignReport> Designs { get; init; }

    /// <summary>The rule catalogue (for SARIF rules and JUnit test cases), in ID order.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>Findings at or above this level fail the run (exit 1).</summary>
    public Severity FailLevel { get; init; } = Severity.Error;

    /// <summary>Waivers from the config that matched no finding: reported so stale waivers get cleaned up.</summary>
    public IReadOnlyList<UnmatchedWaiver> UnmatchedWaivers { get; init; } = [];

    /// <summary>Report paths are written relative to this folder (the working directory, usually the repository root).</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>
    /// Where rule help links (repository-relative, docs/rules/ID.md) are published, e.g.
    /// "https://github.com/acme/drctool/blob/main/". Null: SARIF carries no helpUri, only the help text.
    /// </summary>
    public Uri? HelpBaseUri { get; init; }

    /// <summary>Each rule's doc page (Markdown), by rule ID, for SARIF's rule help; rules without one get a generated summary.</summary>
    public IReadOnlyDictionary<string, string> RuleHelp { get; init; } = new Dictionary<string, string>();

    public string ToolName { get; init; } = "DrcTool";

    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>
    /// When the run happened, only when asked for (<c>--timestamp</c> or <c>SOURCE_DATE_EPOCH</c>): without it every
    /// report of the same input is byte-identical.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The command line as the user typed it (arguments after the program name), for the workbook's overview.</summary>
    public string? CommandLine { get; init; }

    /// <summary>The drctool.yaml files the run used, as given (the writers make them relative).</summary>
    public IReadOnlyList<string> ConfigFiles { get; init; } = [];

    public RuleDescriptor? FindRule(string id) => Rules.FirstOrDefault(r => r.Id == id);

    public bool HasUnreadableDesigns => Designs.Any(d => d.Error is not null);

    /// <summary>The exit code DEVELOPERS.md fixes: 2 for unreadable input, 1 for failing findings, else 0.</summary>
    public int ExitCode =>
        HasUnreadableDesigns ? 2
        : Designs.Any(d => d.Outcome(FailLevel) == DesignVerdict.Fail) ? 1
        : 0;
}

/// <summary>A waiver from drctool.yaml that matched nothing.</summary>
/// <param name="Rule">The rule it names.</param>
/// <param name="Target">The net or part.pin it names.</param>
/// <param name="Reason">Its reason.</param>
/// <param name="ConfigFile">The config file it comes from, when known.</param>
public sealed record UnmatchedWaiver(string Rule, string Target, string Reason, string? ConfigFile);
