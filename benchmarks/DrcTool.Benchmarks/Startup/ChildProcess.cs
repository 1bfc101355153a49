using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace DrcTool.Benchmarks.Startup;

/// <summary>One run of a command: wall-clock time from start to exit, the CPU time it used, and its exit code.</summary>
internal readonly record struct Timing(double WallMs, double CpuMs, int ExitCode);

/// <summary>
/// Starts a program and measures it. CPU time (user + system) comes from getrusage(RUSAGE_CHILDREN), which adds up
/// the children this process has waited for, read before and after: unlike wall time it does not count time spent
/// waiting for a core, so it stays meaningful on a loaded machine. Peak memory comes from GNU time's %M.
/// </summary>
internal static partial class ChildProcess
{
    public static Timing Time(IReadOnlyList<string> command)
    {
        var before = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        var exitCode = RunQuietly(command);
        var wall = clock.Elapsed.TotalMilliseconds;
        return new Timing(wall, ChildrenCpuMs() - before, exitCode);
    }

    /// <summary>Peak resident memory of one run in bytes (GNU time), or null where /usr/bin/time is missing.</summary>
    public static long? PeakBytes(IReadOnlyList<string> command)
    {
        if (!File.Exists("/usr/bin/time")) return null;
        var output = Path.GetTempFileName();
        try
        {
            RunQuietly(["/usr/bin/time", "-f", "%M", "-o", output, .. command]);
            return long.Parse(File.ReadAllText(output).Trim().Split('\n')[^1], CultureInfo.InvariantCulture) * 1024;
        }
        finally
        {
            File.Delete(output);
        }
    }

    /// <summary>Runs the command with its output read and dropped (a report is written by the command itself).</summary>
    public static int RunQuietly(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        error.Wait();
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>The first line a command prints, or null when it cannot run.</summary>
    public static string? FirstLine(IReadOnlyList<string> command)
    {
        try
        {
            var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? text.Split('\n')[0].Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(-1 /* RUSAGE_CHILDREN */, out var usage) != 0) return double.NaN;
        return (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    /// <summary>struct rusage on 64-bit Linux: two timevals, then fourteen longs this class does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        private Rest _rest;

        [System.Runtime.CompilerServices.InlineArray(14)]
        private struct Rest
        {
            private long _first;
        }
    }
}
