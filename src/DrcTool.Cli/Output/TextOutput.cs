using DrcTool.Core.Modules;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting;
using DrcTool.Reporting.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DrcTool.Cli.Output;

/// <summary>
/// Text output for people. Findings are written compiler-style (file:line:col: severity RULE: message) so editors and
/// CI logs link them; tables (pin map, rules) use Spectre.Console.
/// </summary>
internal static class TextOutput
{
    public static void WritePins(TextWriter output, Design design, SocketSearch search, SomBinding? binding,
        IReadOnlyDictionary<int, Core.Analysis.Uses.PinUses>? uses = null)
    {
        if (binding is null)
        {
            output.WriteLine($"{design.SourceFile}: no Particle module found{(search.Problem is { } p ? $" ({p})" : "")}.");
            foreach (var rejected in search.Rejected)
            {
                output.WriteLine($"  not taken: {rejected}");
            }

            return;
        }

        var socket = binding.Socket;
        output.WriteLine(binding.Module.IsBSom
            ? $"{design.SourceFile}: SoM socket {socket.Reference} ({Describe(socket)}), variant {binding.Variant}"
            : $"{design.SourceFile}: {binding.Module.Name} {socket.Reference} ({Describe(socket)})");
        output.WriteLine($"  found because {search.HowFound}");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { binding.Module.IsBSom ? "Contact" : "Pin", binding.Module.IsBSom ? "SoM pin" : "Name", "Pad", "Symbol pin", "Net", "Uses", "Parts on net" })
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        foreach (var contact in binding.Contacts)
        {
            table.AddRow(Cells(
                contact.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture),
                contact.Pin.Name,
                contact.Pad,
                contact.SymbolPinName ?? "",
                contact.Net?.Name ?? "(unconnected)",
                string.Join(" ", uses?.GetValueOrDefault(contact.Contact)?.Names ?? []),
                string.Join(" ", PinMapJson.PartsOn(contact, socket.Reference))));
        }

        Console(output).Write(table);
    }

    public static void WriteNetlist(TextWriter output, Design design, SocketSearch? search = null, SomBinding? binding = null)
    {
        output.WriteLine($"{design.SourceFile}: {design.Components.Count} parts, {design.Nets.Count} nets");
        if (binding is not null && search is not null)
        {
            output.WriteLine($"module: {binding.Module.Name} {binding.Socket.Reference} (found because {search.HowFound})");
        }
        foreach (var net in NetlistJson.SortedNets(design))
        {
            output.WriteLine($"{net.Name}: {string.Join(" ", net.Nodes.Order().Select(n => n.ToString()))}");
        }
    }

    public static void WriteCheck(TextWriter output, IReadOnlyList<DesignOutcome> outcomes)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.Result is not { } result)
            {
                output.WriteLine($"{outcome.File}: not checked: {outcome.ReadError!.Message}");
                continue;
            }

            var socket = result.Binding switch
            {
                { Module.IsBSom: true } b => $"socket {b.Socket.Reference}, {result.Variant}",
                { } b => $"{b.Module.Name} {b.Socket.Reference}",
                _ => "no module",
            };
            output.WriteLine($"{outcome.File}: {Counts(result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Note))} ({socket})");
            foreach (var finding in result.Findings)
            {
                var where = finding.Location?.ToString() ?? result.Design.SourceFile;
                var suppressed = finding.IsSuppressed ? $" [waived: {finding.WaiverReason}]" : "";
                output.WriteLine($"{where}: {JsonOutput.SeverityText(finding.Severity)} {finding.RuleId}: {finding.Message}{suppressed}");
                if (finding.FixHint is { } hint)
                {
                    output.WriteLine($"    fix: {hint}");
                }
            }
        }

        if (outcomes.Count > 1)
        {
            var results = outcomes.Where(o => o.Result is not null).Select(o => o.Result!).ToList();
            var unreadable = outcomes.Count(o => !o.IsReadable);
            output.WriteLine($"{outcomes.Count} designs{(unreadable > 0 ? $" ({unreadable} unreadable)" : "")}: "
                             + Counts(results.Sum(r => r.Count(Severity.Error)), results.Sum(r => r.Count(Severity.Warning)), results.Sum(r => r.Count(Severity.Note))));
        }
    }

    public static void WriteRules(TextWriter output, RuleCatalog catalog)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "ID", "Severity", "Category", "Title" })
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        foreach (var d in catalog.Descriptors)
        {
            table.AddRow(Cells(d.Id, JsonOutput.SeverityText(d.DefaultSeverity), d.Category, d.Title));
        }

        Console(output).Write(table);
        output.WriteLine("'drctool explain ID' prints a rule's page.");
    }

    private static string Counts(int errors, int warnings, int notes) =>
        $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(notes, "note")}";

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private static string Describe(Component socket)
    {
        var parts = new[] { socket.Value, socket.Footprint }.Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : "no value or footprint";
    }

    // Text, not markup: names like "[A0]" or "P$1" must print as they are.
    private static IRenderable[] Cells(params string[] texts) => texts.Select(t => (IRenderable)new Text(t)).ToArray();

    private static IAnsiConsole Console(TextWriter output)
    {
        var toTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = toTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = toTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!toTerminal)
        {
            console.Profile.Width = 200; // Files and pipes: don't wrap tables at 80 columns.
        }

        return console;
    }
}
