using System.CommandLine;
using DrcTool.Cli.Batch;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;

namespace DrcTool.Cli;

/// <summary>The options several commands share, created per command so each owns its instances.</summary>
internal static class CommonOptions
{
    public const string Text = "text";
    public const string Json = "json";

    public static Option<string> Format() => new("--format", "-f")
    {
        Description = "Output format: text (for people) or json (documented in docs/json-format.md).",
        DefaultValueFactory = _ => Text,
    };

    public static Argument<string> DesignFile() => new("FILE")
    {
        Description = "A KiCad (.kicad_sch, .kicad_pcb, .net) or Eagle (.sch, .brd) design, a KiCad project (.kicad_pro), or a folder holding one design.",
    };

    public static Option<string?> Config(string description) => new("--config", "-c") { Description = description };

    /// <summary>
    /// The rule catalogue showing the parameters in effect: those of the --config file, else of the nearest drctool.yaml
    /// above the current folder, else the shipped ones. Null (after saying why on <paramref name="error"/>) when the
    /// config cannot be read.
    /// </summary>
    public static RuleCatalog? CatalogFor(string? configPath, TextWriter error)
    {
        try
        {
            var path = configPath ?? ConfigFinder.FindFor(Directory.GetCurrentDirectory());
            var config = path is null ? DrcConfig.Default : DrcConfigLoader.Load(path);
            return RuleCatalog.Default.WithParameters(config.Parameters);
        }
        catch (ConfigException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    public static Option<string?> Som() => new("--som")
    {
        Description = "Reference of the B-SoM's M.2 socket (e.g. J1); skips the search by part patterns and pad shape. Same as --module REF for a B-SoM.",
    };

    public static Option<string?> Module() => new("--module")
    {
        Description = $"The module: a name ({string.Join(", ", Core.Modules.ModuleCatalog.Default.Names)}) to look for that module only, or the reference of its part (e.g. P1) to skip the search.",
    };

    public static Option<string?> Variant()
    {
        var option = new Option<string?>("--variant")
        {
            Description = $"SoM model: {string.Join("|", Enum.GetNames<SomVariant>())} (default {CheckOptions.DefaultVariant}).",
        };
        option.AcceptOnlyFromAmong(Enum.GetNames<SomVariant>());
        return option;
    }

    public static Option<string?> Prefer()
    {
        var option = new Option<string?>("--prefer")
        {
            Description = "When a board (or KiCad project) has a schematic and a layout, which to read: schematic (default) or board; else prefer: in drctool.yaml.",
        };
        option.AcceptOnlyFromAmong("schematic", "board");
        return option;
    }

    public static DesignFileKind? ParsePrefer(string? text) => text switch
    {
        "board" => DesignFileKind.Board,
        "schematic" => DesignFileKind.Schematic,
        _ => null,
    };

    public static Option<string> WithFormats(this Option<string> option)
    {
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }

    public static SomVariant? ParseVariant(string? text) =>
        text is null ? null : Enum.Parse<SomVariant>(text, ignoreCase: true);

    public static CheckOptions CheckOptionsFrom(string? som, string? variant, string? module = null) =>
        new() { SomReference = som, Variant = ParseVariant(variant), Module = module };
}
