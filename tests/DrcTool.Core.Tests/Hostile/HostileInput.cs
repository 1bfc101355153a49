using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// Runs one hostile input through <see cref="DesignLoader.Default"/> the way the CLI does, on its own thread with a
/// time limit, and judges the outcome: a design, or a <see cref="DesignReadException"/> that names the file, a line
/// and a column. Anything else (another exception, a hang, an error that echoes the file's contents) is a failure.
/// </summary>
internal static class HostileInput
{
    /// <summary>Generous for a loaded CI machine; a sound case takes milliseconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>An error message may quote a little of the file, never pages of it.</summary>
    public const int MaxMessageLength = 2000;

    public static Outcome Run(string path, byte[] content, TimeSpan? timeout = null)
    {
        Design? design = null;
        Exception? error = null;
        // A thread of its own with a fixed 1 MB stack: recursion as deep as the input nests would overflow it.
        var thread = new Thread(() =>
        {
            try
            {
                design = DesignLoader.Default.Load(path, content);
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }, maxStackSize: 1024 * 1024)
        {
            IsBackground = true,
            Name = "hostile-input",
        };
        var started = System.Diagnostics.Stopwatch.StartNew();
        thread.Start();
        if (!thread.Join(timeout ?? DefaultTimeout))
        {
            return new Outcome(null, null, $"no answer within {(timeout ?? DefaultTimeout).TotalSeconds:0} s (hang?)", started.Elapsed);
        }

        return new Outcome(design, error, Judge(path, design, error), started.Elapsed);
    }

    private static string? Judge(string path, Design? design, Exception? error)
    {
        switch (error)
        {
            case null when design is null:
                return "returned no design and threw nothing";
            case null:
                return JudgeDesign(path, design!);
            case DesignReadException read:
                if (read.File != path) return $"error names file '{read.File}', not '{path}'";
                if (read.Line < 1 || read.Column < 1)
                {
                    // Also how the loader wraps a reader's stray exception (so a batch survives it): a reader bug.
                    var cause = read.InnerException is { } inner ? $" (a reader threw {inner.GetType().Name})" : "";
                    return $"error has no line and column{cause}: {Clip(read.Message)}";
                }

                if (read.Message.Length > MaxMessageLength) return $"error message is {read.Message.Length} characters long";
                return null;
            default:
                return $"threw {error.GetType().Name}: {Clip(error.Message)}\n{error.StackTrace}";
        }
    }

    private static string? JudgeDesign(string path, Design design)
    {
        if (design.SourceFile != path) return $"design's source file is '{design.SourceFile}'";
        foreach (var component in design.Components)
        {
            if (component.Reference is null || component.Pins is null || component.Properties is null) return "a component with a null member";
            if (component.Location.File != path) return $"component {Clip(component.Reference)} located in '{component.Location.File}'";
        }

        foreach (var net in design.Nets)
        {
            if (net.Name is null || net.Nodes is null) return "a net with a null member";
            if (net.Location.File != path) return $"net {Clip(net.Name)} located in '{net.Location.File}'";
        }

        return null;
    }

    public static string Clip(string text) => text.Length <= 200 ? text : text[..200] + $"... ({text.Length} characters)";

    public sealed record Outcome(Design? Design, Exception? Error, string? Failure, TimeSpan Elapsed)
    {
        public bool Passed => Failure is null;
    }
}
