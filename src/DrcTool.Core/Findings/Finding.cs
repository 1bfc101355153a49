using DrcTool.Core.Model;

namespace DrcTool.Core.Findings;

/// <summary>
/// One problem (or note) in one design. It names the rule, the SoM pin and contacts, the nets, the parts on the
/// path, and where in the source file it comes from.
/// </summary>
public sealed record Finding
{
    public required string RuleId { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    /// <summary>Datasheet names of the SoM pins involved, e.g. "RST".</summary>
    public IReadOnlyList<string> SomPins { get; init; } = [];
    /// <summary>M.2 contact numbers involved.</summary>
    public IReadOnlyList<int> Contacts { get; init; } = [];
    public IReadOnlyList<string> Nets { get; init; } = [];
    /// <summary>Parts on the path, as references ("R3") or reference.pad ("U2.4").</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
    /// <summary>The path the rule followed, one step a line, e.g. ["RST (34)", "net /RESET", "R3 10k", "net +3V3"].</summary>
    public IReadOnlyList<string> Path { get; init; } = [];
    public SourceLocation? Location { get; init; }
    /// <summary>What to do about it, in one sentence.</summary>
    public string? FixHint { get; init; }
    /// <summary>Set when a waiver matched; the finding is then reported as suppressed, not hidden.</summary>
    public string? WaiverReason { get; init; }

    public bool IsSuppressed => WaiverReason is not null;
}
