using System.Diagnostics;

namespace DrcTool.TestSupport;

/// <summary>Runs a tool the tests compare against (kicad-cli, soffice) with a time limit, its output captured.</summary>
public static class ExternalTool
{
    /// <summary>The exit code and both output streams; a run over <paramref name="limit"/> is killed and throws.</summary>
    /// <param name="environment">Variables to set for the run; a null value removes the variable.</param>
    public static (int ExitCode, string Stdout, string Stderr) Run(string executable, IEnumerable<string> arguments, string? workingFolder, TimeSpan limit,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (workingFolder is not null) start.WorkingDirectory = workingFolder;
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalMinutes:0} minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
