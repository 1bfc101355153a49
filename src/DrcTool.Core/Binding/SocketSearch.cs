using DrcTool.Core.Model;

namespace DrcTool.Core.Binding;

/// <summary>A part that could be a module (the B-SoM's socket, a Boron, an Electron...), and why.</summary>
public sealed record SocketCandidate(Component Component, string Reason, bool ByPattern, bool ByShape, PadShape Shape)
{
    /// <summary>The module the part would be; the B-SoM unless the search says otherwise.</summary>
    public ModuleDefinition Module { get; init; } = ModuleCatalog.Default.BSom;

    /// <summary>Higher is better: pattern and shape, then shape alone, then pattern alone; fitted before not fitted.</summary>
    internal int Rank => (ByPattern && ByShape ? 4 : ByShape ? 2 : 1) * 2 + (Component.Fitted ? 1 : 0);
}

/// <summary>The outcome of looking for a module (for the B-SoM, its M.2 socket) in a design.</summary>
public sealed class SocketSearch
{
    public SocketSearch(Component? socket, string howFound, IReadOnlyList<SocketCandidate> candidates,
        IReadOnlyList<string> rejected, string? problem)
    {
        Socket = socket;
        HowFound = howFound;
        Candidates = candidates;
        Rejected = rejected;
        Problem = problem;
    }

    /// <summary>The part taken for the module (the B-SoM's socket); null when none was found.</summary>
    public Component? Socket { get; }
    /// <summary>Why the part was taken ("footprint 'SPARK_M.2EKEY-LESS-CREAM' matches ...", "--som J1").</summary>
    public string HowFound { get; }
    /// <summary>Every acceptable candidate, best first.</summary>
    public IReadOnlyList<SocketCandidate> Candidates { get; }
    /// <summary>Parts a pattern matched but whose pads rule them out, each with the reason.</summary>
    public IReadOnlyList<string> Rejected { get; }
    /// <summary>Why no part was taken when one was asked for (e.g. "--som J9: no part J9 in the design").</summary>
    public string? Problem { get; }

    /// <summary>The module taken; null when none was found.</summary>
    public ModuleDefinition? Module => Socket is null ? null : Candidates.Count > 0 ? Candidates[0].Module : ModuleCatalog.Default.BSom;

    /// <summary>The modules looked for (every module, or the one --module named).</summary>
    public IReadOnlyList<ModuleDefinition> Searched { get; init; } = ModuleCatalog.Default.Modules;

    /// <summary>True when more than one candidate ranks as high as the one taken.</summary>
    public bool IsAmbiguous => !IsOverride && Candidates.Count > 1 && Candidates[1].Rank == Candidates[0].Rank;

    public bool Found => Socket is not null;

    /// <summary>True when the part was named (--module, --som or the config) rather than searched for.</summary>
    public bool IsOverride { get; init; }
}
