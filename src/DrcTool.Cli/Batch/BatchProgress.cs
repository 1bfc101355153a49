using Spectre.Console;

namespace DrcTool.Cli.Batch;

/// <summary>
/// A progress bar on standard error while a batch runs, only when standard error is a terminal: CI logs and
/// redirected output get no escape codes, and standard output (the results) is never touched.
/// </summary>
internal static class BatchProgress
{
    /// <summary>True when the process's standard error is an interactive terminal and the command writes to it.</summary>
    public static bool IsWanted(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static T Run<T>(int total, Func<Action<string>, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask($"checking {total} design{(total == 1 ? "" : "s")}", maxValue: total);
                result = work(_ => task.Increment(1));
            });
        return result;
    }
}
