using DrcTool.Core.Import;

namespace DrcTool.Cli;

/// <summary>Where a command writes (standard output for results, standard error for problems) and how it reads designs.</summary>
public sealed class CliEnvironment
{
    public CliEnvironment(TextWriter output, TextWriter error, DesignLoader? loader = null)
    {
        Output = output;
        Error = error;
        Loader = loader ?? DesignLoader.Default;
    }

    public TextWriter Output { get; }
    public TextWriter Error { get; }
    public DesignLoader Loader { get; }
}
