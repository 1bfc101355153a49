using System.CommandLine;

namespace DrcTool.Cli;

/// <summary>The command line as the user typed it, quoted where a shell would need it, for the reports that name it.</summary>
internal static class CommandLineText
{
    public static string Of(ParseResult parse) =>
        string.Join(" ", parse.Tokens.Select(t => Quote(t.Value)).Prepend("drctool"));

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or ':' or ',' or '+' or '@')
            ? arg
            : "'" + arg.Replace("'", "'\\''") + "'";
}
