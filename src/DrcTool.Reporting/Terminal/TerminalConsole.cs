using Spectre.Console;

namespace DrcTool.Reporting.Terminal;

/// <summary>
/// Where text output goes: a Spectre.Console console over a writer, in colour only on a terminal and only when
/// <c>NO_COLOR</c> is not set (https://no-color.org), so logs, pipes and files get plain text.
/// </summary>
public static class TerminalConsole
{
    /// <summary>True when <paramref name="output"/> is the process's standard output and that is a terminal.</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Colour on a terminal, unless NO_COLOR is set to anything.</summary>
    public static bool WantsColour(TextWriter output, Func<string, string?>? environment = null) =>
        IsTerminal(output) && string.IsNullOrEmpty((environment ?? Environment.GetEnvironmentVariable)("NO_COLOR"));

    /// <param name="width">Columns to wrap tables at; null to ask the terminal.</param>
    public static IAnsiConsole For(TextWriter output, bool colour, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (width is { } columns)
        {
            console.Profile.Width = columns;
        }

        return console;
    }
}
