using System.CommandLine;
using System.CommandLine.Invocation;
using DrcTool.Cli.Commands;
using DrcTool.Reporting;

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

            WriteTypoCorrections(parse, error);
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

    /// <summary>"Did you mean ...?" for each token the parser did not know, from the commands and options in scope.</summary>
    private static void WriteTypoCorrections(ParseResult parse, TextWriter error)
    {
        var command = parse.CommandResult.Command;
        var candidates = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .ToList();
        foreach (var token in parse.UnmatchedTokens)
        {
            if (TypoHints.Suggest(token, candidates) is { Count: > 0 } close)
            {
                error.WriteLine($"drctool: '{token}': did you mean {string.Join(" or ", close.Select(c => $"'{c}'"))}?");
            }
        }
    }

    /// <summary>The root command with every subcommand. Helpers add their commands and options here.</summary>
    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("DrcTool: design-rule checks for boards carrying a Particle module (B-Series SoM, Boron, Electron, E-Series, Tracker SoM), from KiCad and Eagle files.");
        // The version the reports state (ToolInfo), not the entry assembly's: in-process (tests) that is the test host's.
        root.Options.OfType<VersionOption>().Single().Action = new ToolVersionAction();
        root.Subcommands.Add(new CheckCommand(env).Command);
        root.Subcommands.Add(new PinsCommand(env).Command);
        root.Subcommands.Add(new NetlistCommand(env).Command);
        root.Subcommands.Add(new RulesCommand(env).Command);
        root.Subcommands.Add(new ExplainCommand(env).Command);
        root.Subcommands.Add(new MigrateCommand(env).Command);
        return root;
    }
}

/// <summary>Prints <see cref="ToolInfo.Version"/> for --version.</summary>
internal sealed class ToolVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(ToolInfo.Version);
        return ExitCodes.Clean;
    }
}
