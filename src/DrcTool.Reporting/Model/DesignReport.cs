using DrcTool.Core.Checks;

namespace DrcTool.Reporting.Model;

/// <summary>
/// Everything the report files say about one design: what was read, how it binds to the SoM, its rails and its findings.
/// Built from a check result by a mapper, so the writers do not depend on how the checks are run.
/// </summary>
public sealed record DesignReport
{
    /// <summary>The design file as the user named it (made relative to the run's base folder by the writers).</summary>
    public required string File { get; init; }

    /// <summary>The format read from the file's content, e.g. "eagle-sch" (<see cref="Text.FormatNames"/>); null when the file could not be read.</summary>
    public string? Format { get; init; }

    /// <summary>The SoM variant the design was checked for, e.g. "B404X".</summary>
    public string? Variant { get; init; }

    /// <summary>The module's part: the M.2 socket's reference ("J1"), or the Boron's, Electron's... ("P1"); null when none was found.</summary>
    public string? SocketReference { get; init; }

    /// <summary>The module the design carries, as reports name it ("B-Series SoM", "Boron"); null when none was found.</summary>
    public string? ModuleName { get; init; }

    /// <summary>The module's folder under rules/modules/ ("b-som", "boron"): where its layout picture lives; null when none.</summary>
    public string? ModuleId { get; init; }

    /// <summary>Every SoM contact in contact order (empty when no socket was found).</summary>
    public IReadOnlyList<PinMapRow> PinMap { get; init; } = [];

    /// <summary>Nets whose voltage is known, in name order.</summary>
    public IReadOnlyList<RailRow> Rails { get; init; } = [];

    /// <summary>Findings in the checker's deterministic order; waived ones carry their waiver reason.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Rules that did not run on this design (switched off, no module), by ID, with why.</summary>
    public IReadOnlyDictionary<string, string> SkippedRules { get; init; } = new Dictionary<string, string>();

    /// <summary>Set when the design could not be read or checked: the run goes on and ends with exit 2.</summary>
    public DesignError? Error { get; init; }

    public int Count(Severity severity) => Findings.Count(f => !f.IsSuppressed && f.Severity == severity);

    public int SuppressedCount => Findings.Count(f => f.IsSuppressed);

    /// <summary>Findings that count against the fail level: not waived and at or above it.</summary>
    public IEnumerable<Finding> Failing(Severity failLevel) =>
        Findings.Where(f => !f.IsSuppressed && f.Severity >= failLevel);

    public DesignVerdict Outcome(Severity failLevel) =>
        Error is not null ? DesignVerdict.Unreadable
        : Failing(failLevel).Any() ? DesignVerdict.Fail
        : DesignVerdict.Pass;
}

/// <summary>How a design came out of the run.</summary>
public enum DesignVerdict
{
    Pass,
    Fail,
    /// <summary>The file could not be read or checked (exit 2).</summary>
    Unreadable,
}
