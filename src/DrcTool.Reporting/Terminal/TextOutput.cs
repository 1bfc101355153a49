using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Json;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DrcTool.Reporting.Terminal;

/// <summary>
/// Text output for people of the commands other than check (<see cref="CheckText"/> writes that): the pin map, the
/// netlist and the rule list; tables use Spectre.Console.
/// </summary>
public static class TextOutput
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
            table.AddColumn(new TableColumn(new Spectre.Console.Text(header)));
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

    public static void WriteRules(TextWriter output, RuleCatalog catalog)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in new[] { "ID", "Severity", "Category", "Modules", "Title" })
        {
            table.AddColumn(new TableColumn(new Spectre.Console.Text(header)));
        }

        foreach (var d in catalog.Descriptors)
        {
            var modules = string.Join(", ", catalog.ModuleNamesOf(d.Id, ModuleCatalog.Default));
            table.AddRow(Cells(d.Id, JsonOutput.SeverityText(d.DefaultSeverity), d.Category, modules, d.Title));
        }

        Console(output).Write(table);
        output.WriteLine("'drctool explain ID' prints a rule's page.");
    }

    private static string Describe(Component socket)
    {
        var parts = new[] { socket.Value, socket.Footprint }.Where(s => !string.IsNullOrEmpty(s)).Distinct().ToList();
        return parts.Count > 0 ? string.Join(", ", parts) : "no value or footprint";
    }

    // Text, not markup: names like "[A0]" or "P$1" must print as they are.
    private static IRenderable[] Cells(params string[] texts) => texts.Select(t => (IRenderable)new Spectre.Console.Text(t)).ToArray();

    // Files and pipes: no colour, and tables not wrapped at 80 columns.
    private static IAnsiConsole Console(TextWriter output) =>
        TerminalConsole.For(output, TerminalConsole.WantsColour(output), TerminalConsole.IsTerminal(output) ? null : 200);
}
