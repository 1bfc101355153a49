using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;
using DrcTool.Reporting;
using DrcTool.Reporting.Model;

namespace DrcTool.Cli.Batch;

/// <summary>What the command line says for every design of a batch (the config can fill in what it leaves out).</summary>
public sealed record BatchSettings
{
    public string? SomReference { get; init; }
    /// <summary>--module NAME|REF.</summary>
    public string? Module { get; init; }
    public Core.Binding.SomVariant? Variant { get; init; }
    public Severity? FailOn { get; init; }
    /// <summary>At most this many designs at once; by default one per processor.</summary>
    public int MaxParallel { get; init; } = Environment.ProcessorCount;
}

/// <summary>The outcome of a batch: per input, the check outcome and its report model, in input order.</summary>
public sealed record BatchResult(
    IReadOnlyList<DesignOutcome> Outcomes,
    IReadOnlyList<DesignReport> Reports,
    IReadOnlyList<UnmatchedWaiver> UnmatchedWaivers,
    Severity FailLevel);

/// <summary>
/// Checks the designs of a batch in parallel: reads each one, finds its drctool.yaml, runs the checks with the
/// config's options, applies its waivers, and maps the result for the reports. A design that cannot be read or whose
/// config cannot be used becomes an error outcome; the others are still checked.
/// </summary>
public sealed class BatchChecker
{
    private readonly DesignLoader _loader;
    private readonly ConfigCache _configs;

    public BatchChecker(DesignLoader loader, ConfigCache configs)
    {
        _loader = loader;
        _configs = configs;
    }

    public BatchResult Run(IReadOnlyList<BatchInput> inputs, BatchSettings settings, Action<string>? designDone = null)
    {
        var checkedDesigns = new CheckedDesign[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallel) }, i =>
        {
            checkedDesigns[i] = CheckOne(inputs[i], settings);
            designDone?.Invoke(inputs[i].Path);
        });

        return new BatchResult(
            checkedDesigns.Select(c => c.Outcome).ToList(),
            checkedDesigns.Select(c => c.Report).ToList(),
            Unmatched(checkedDesigns),
            FailLevel(settings));
    }

    private CheckedDesign CheckOne(BatchInput input, BatchSettings settings)
    {
        if (input.Problem is not null)
        {
            return Failed(input.Path, new DesignReadException(input.Path, 0, 0, input.Problem));
        }

        DrcConfig config;
        try
        {
            config = _configs.For(input.Path);
        }
        catch (ConfigException ex)
        {
            return Failed(input.Path, new DesignReadException(ex.File, ex.Line, ex.Column, $"{ex.Reason} (config for {input.Path})", ex));
        }

        try
        {
            var design = _loader.Load(input.Path);
            var raw = DesignChecker.Check(design, Options(settings, config));
            var waived = WaiverApplier.Apply(raw.Findings, config.Waivers);
            var result = raw.WithFindings(waived.Findings);
            var outcome = DesignOutcome.Checked(input.Path, result);
            return new CheckedDesign(outcome, ReportMapper.Map(outcome), config, waived.Unused);
        }
        catch (DesignReadException ex)
        {
            return Failed(input.Path, ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in one design's check must not stop the batch: report it against that design.
            return Failed(input.Path, new DesignReadException(input.Path, 0, 0, $"internal error while checking: {ex.GetType().Name}: {ex.Message}", ex));
        }
    }

    /// <summary>The check options: the command line first, then the config (CheckOptions resolves the rest), then the defaults.</summary>
    public static CheckOptions Options(BatchSettings settings, DrcConfig config) => new()
    {
        Config = config,
        SomReference = settings.SomReference,
        Module = settings.Module,
        Variant = settings.Variant,
    };

    /// <summary>--fail-on, else the --config file's fail-on, else the one fail-on every found config agrees on, else error.</summary>
    private Severity FailLevel(BatchSettings settings)
    {
        if (settings.FailOn is { } fromCli)
        {
            return fromCli;
        }

        var levels = _configs.Loaded.Select(c => c.FailOn).Where(l => l is not null).Distinct().ToList();
        return levels.Count == 1 ? levels[0]!.Value : Severity.Error;
    }

    private static IReadOnlyList<UnmatchedWaiver> Unmatched(IEnumerable<CheckedDesign> designs)
    {
        // A waiver is stale when no design checked with its config matched it.
        var unmatched = new List<UnmatchedWaiver>();
        foreach (var group in designs.Where(d => d.Config is not null).GroupBy(d => d.Config!))
        {
            foreach (var waiver in group.Key.Waivers)
            {
                if (group.All(d => d.Unused.Contains(waiver)))
                {
                    unmatched.Add(new UnmatchedWaiver(waiver.Rule, waiver.Target.ToString() ?? string.Empty, waiver.Reason,
                        group.Key.SourceFile ?? waiver.Location.File));
                }
            }
        }

        return unmatched;
    }

    private static CheckedDesign Failed(string path, DesignReadException error)
    {
        var outcome = DesignOutcome.Unreadable(error);
        return new CheckedDesign(outcome, ReportMapper.Map(outcome) with { File = path }, null, []);
    }

    private sealed record CheckedDesign(DesignOutcome Outcome, DesignReport Report, DrcConfig? Config, IReadOnlyList<Waiver> Unused);
}
