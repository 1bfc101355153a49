using System.CommandLine;
using DrcTool.Cli.Commands;

namespace DrcTool.Cli;

/// <summary>Builds the command tree and runs it. Tests call <see cref="Run"/> in-process with their own writers.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Run(args, new CliEnvironment(output, error));

    public static int Run(string[] args, CliEnvironment env)
    {
        var output = env.Output;
        var error = env.Error;
        var root = BuildRoot(env);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"drctool: {parseError.Message}");
            }

            error.WriteLine("Run 'drctool --help' for usage.");
            return ExitCodes.UsageOrUnreadable;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"drctool: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.UsageOrUnreadable;
        }
    }

    /// <summary>The root command with every subcommand. Helpers add their commands and options here.</summary>
    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("DrcTool: design-rule checks for Particle B-Series SoM base boards (KiCad and Eagle).");
        root.Subcommands.Add(new CheckCommand(env).Command);
        root.Subcommands.Add(new PinsCommand(env).Command);
        root.Subcommands.Add(new NetlistCommand(env).Command);
        root.Subcommands.Add(new RulesCommand(env).Command);
        root.Subcommands.Add(new ExplainCommand(env).Command);
        root.Subcommands.Add(new MigrateCommand(env).Command);
        return root;
    }
}
