using DrcTool.Core.Import;
using DrcTool.Core.Model;

namespace DrcTool.Cli;

/// <summary>Reads a design for a command; a file that cannot be read is reported as file:line:col: reason.</summary>
internal static class DesignInput
{
    /// <summary>The design, or null after writing the reason to standard error.</summary>
    public static Design? TryLoad(string path, CliEnvironment env)
    {
        try
        {
            return env.Loader.Load(path);
        }
        catch (DesignReadException ex)
        {
            ReportUnreadable(ex, env);
            return null;
        }
    }

    public static void ReportUnreadable(DesignReadException ex, CliEnvironment env) =>
        env.Error.WriteLine($"{ex.Message.Replace('\n', ' ')}");
}
