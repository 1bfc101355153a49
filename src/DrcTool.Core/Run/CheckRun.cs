using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Import;

namespace DrcTool.Core.Run;

/// <summary>What the caller (the command line) says for every design of a run; the config fills in what it leaves out.</summary>
public sealed record CheckSettings
{
    public string? SomReference { get; init; }
    /// <summary>--module NAME|REF.</summary>
    public string? Module { get; init; }
    public SomVariant? Variant { get; init; }
    public Severity? FailOn { get; init; }
    /// <summary>At most this many designs at once; by default one per processor.</summary>
    public int MaxParallel { get; init; } = Environment.ProcessorCount;
}

/// <summary>A waiver that matched no finding in any design checked with its config.</summary>
/// <param name="ConfigFile">The config that holds it.</param>
public sealed record UnusedWaiver(Waiver Waiver, string ConfigFile);

/// <summary>The outcome of a run: per input, in input order, what became of it; stale waivers; the fail level.</summary>
public sealed record CheckRunResult(
    IReadOnlyList<BatchInput> Inputs,
    IReadOnlyList<DesignOutcome> Outcomes,
    IReadOnlyList<UnusedWaiver> UnusedWaivers,
    Severity FailLevel)
{
}

/// <summary>
/// The pipeline for a set of inputs, in parallel: for each design its drctool.yaml, load, check with the config's
/// options, waive, then the fail level for the run. A design that cannot be read or whose config cannot be used
/// becomes an error outcome; the others are still checked. The command line discovers the inputs
/// (<see cref="DesignDiscovery"/>), runs this and prints.
/// </summary>
public sealed class CheckRun
{
    private readonly DesignLoader _loader;
    private readonly ConfigCache _configs;

    public CheckRun(DesignLoader loader, ConfigCache configs)
    {
        _loader = loader;
        _configs = configs;
    }

    /// <param name="designDone">Called with each input's path when it is done (from worker threads), for progress.</param>
    public CheckRunResult Run(IReadOnlyList<BatchInput> inputs, CheckSettings settings, Action<string>? designDone = null)
    {
        var checkedDesigns = new CheckedDesign[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallel) }, i =>
        {
            checkedDesigns[i] = CheckOne(inputs[i], settings);
            designDone?.Invoke(inputs[i].Path);
        });

        return new CheckRunResult(inputs, checkedDesigns.Select(c => c.Outcome).ToList(), Unused(checkedDesigns), FailLevel(settings));
    }

    /// <summary>The check options: the command line first, then the config (CheckOptions resolves the rest), then the defaults.</summary>
    public static CheckOptions Options(CheckSettings settings, DrcConfig config) => new()
    {
        Config = config,
        SomReference = settings.SomReference,
        Module = settings.Module,
        Variant = settings.Variant,
    };

    private CheckedDesign CheckOne(BatchInput input, CheckSettings settings)
    {
        if (input.Problem is not null)
        {
            return Failed(new DesignReadException(input.Path, 0, 0, input.Problem));
        }

        DrcConfig config;
        try
        {
            config = _configs.For(input.Path);
        }
        catch (ConfigException ex)
        {
            return Failed(new DesignReadException(ex.File, ex.Line, ex.Column, $"{ex.Reason} (config for {input.Path})", ex));
        }

        try
        {
            var design = _loader.Load(input.Path);
            var raw = DesignChecker.Check(design, Options(settings, config));
            var waived = WaiverApplier.Apply(raw.Findings, config.Waivers);
            return new CheckedDesign(DesignOutcome.Checked(input.Path, raw.WithFindings(waived.Findings)), config, waived.Unused);
        }
        catch (DesignReadException ex)
        {
            return Failed(ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in one design's check must not stop the run: report it against that design.
            return Failed(new DesignReadException(input.Path, 0, 0, $"internal error while checking: {ex.GetType().Name}: {ex.Message}", ex));
        }
    }

    /// <summary>The caller's fail level, else the --config file's fail-on, else the one fail-on every found config agrees on, else error.</summary>
    private Severity FailLevel(CheckSettings settings)
    {
        if (settings.FailOn is { } fromCaller)
        {
            return fromCaller;
        }

        var levels = _configs.Loaded.Select(c => c.FailOn).Where(l => l is not null).Distinct().ToList();
        return levels.Count == 1 ? levels[0]!.Value : Severity.Error;
    }

    private static IReadOnlyList<UnusedWaiver> Unused(IEnumerable<CheckedDesign> designs)
    {
        // A waiver is stale when no design checked with its config matched it.
        var unused = new List<UnusedWaiver>();
        foreach (var group in designs.Where(d => d.Config is not null).GroupBy(d => d.Config!))
        {
            foreach (var waiver in group.Key.Waivers)
            {
                if (group.All(d => d.Unused.Contains(waiver)))
                {
                    unused.Add(new UnusedWaiver(waiver, group.Key.SourceFile ?? waiver.Location.File));
                }
            }
        }

        return unused;
    }

    private static CheckedDesign Failed(DesignReadException error) => new(DesignOutcome.Unreadable(error), null, []);

    private sealed record CheckedDesign(DesignOutcome Outcome, DrcConfig? Config, IReadOnlyList<Waiver> Unused);
}
