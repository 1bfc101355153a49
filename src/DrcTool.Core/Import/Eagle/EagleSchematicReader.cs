using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Reads an Eagle schematic (<c>.sch</c>): parts through their library device sets, and nets from every sheet's
/// segment pinrefs, gate pin to pad through the device's connects. A net name means one net across all sheets.
/// </summary>
/// <remarks>
/// Supply symbols (devices without a package) are not parts on the board: their pin joins the net it sits on to the
/// net of the supply's name. Frames and other package-less parts are likewise left out of the components.
/// </remarks>
public sealed class EagleSchematicReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.EagleSchematic;

    public Design Read(string path, byte[] content)
    {
        var parse = EagleSchematicParse.Run(path, content);
        return new EagleSchematicResolver(path, parse).Resolve();
    }
}

/// <summary>A part as the schematic lists it, before its device is looked up.</summary>
internal sealed record EaglePartRecord(
    string Name,
    string Library,
    string? LibraryUrn,
    string DeviceSet,
    string Device,
    string Technology,
    string? Value,
    Dictionary<string, string> Attributes,
    Dictionary<string, EagleVariantRecord> Variants,
    SourceLocation Location);

/// <summary>A part's settings in one assembly variant (<c>&lt;variant name populate value technology&gt;</c>).</summary>
internal sealed record EagleVariantRecord(bool Populate, string? Value, string? Technology);

/// <summary>One <c>&lt;pinref&gt;</c> in a net segment.</summary>
internal sealed record EaglePinRef(int Net, string Part, string Gate, string Pin, SourceLocation Location);

/// <summary>The raw content of a schematic: one forward pass, no lookups yet (libraries come first, but parts may not).</summary>
internal sealed class EagleSchematicParse
{
    public EagleLibraryCollector Libraries { get; } = new();
    public List<EaglePartRecord> Parts { get; } = [];
    public List<EaglePinRef> PinRefs { get; } = [];
    public EagleNetTable Nets { get; } = new();
    public string? CurrentVariant { get; private set; }
    public int Sheets { get; private set; }

    public static EagleSchematicParse Run(string path, byte[] content)
    {
        var parse = new EagleSchematicParse();
        using var xml = EagleXmlCursor.Open(path, content);
        var sawRoot = false;
        var sawSchematic = false;
        EaglePartRecord? part = null;
        int? net = null;
        while (xml.Read())
        {
            if (!sawRoot)
            {
                sawRoot = true;
                if (xml.Name != "eagle")
                {
                    throw xml.Error($"the root element is <{xml.Name}>, not <eagle>: this is XML but not an Eagle file");
                }
            }

            if (parse.Libraries.Accept(xml))
            {
                continue;
            }

            if (!xml.IsStart)
            {
                if (xml.Name == "part") part = null;
                else if (xml.Name == "net") net = null;
                continue;
            }

            switch (xml.Name, xml.Parent)
            {
                case ("schematic", "drawing"):
                    sawSchematic = true;
                    break;
                case ("board", "drawing"):
                    throw xml.Error("this Eagle file holds a board, not a schematic");
                case ("module", "modules"):
                    throw xml.Error("Eagle hierarchical modules (<module>) are not supported; flatten the design or check its board");
                case ("variantdef", "variantdefs") when xml.Attribute("current") == "yes":
                    parse.CurrentVariant = xml.Required("name");
                    break;
                case ("part", "parts"):
                    part = ReadPart(xml);
                    parse.Parts.Add(part);
                    break;
                case ("attribute", "part") when part is not null:
                    part.Attributes[xml.Required("name")] = xml.Attribute("value") ?? "";
                    break;
                case ("variant", "part") when part is not null:
                    part.Variants[xml.Required("name")] = new EagleVariantRecord(
                        !EagleFittedMarkers.IsNo(xml.Attribute("populate")), xml.Attribute("value"), xml.Attribute("technology"));
                    break;
                case ("sheet", "sheets"):
                    parse.Sheets++;
                    break;
                case ("net", "nets"):
                    net = parse.Nets.Get(xml.Required("name"), xml.Location);
                    break;
                case ("pinref", "segment") when net is not null:
                    parse.PinRefs.Add(new EaglePinRef(net.Value, xml.Required("part"), xml.Required("gate"), xml.Required("pin"), xml.Location));
                    break;
            }
        }

        if (!sawRoot)
        {
            throw new DesignReadException(path, 1, 1, "the file holds no XML element");
        }

        if (!sawSchematic)
        {
            throw new DesignReadException(path, 1, 1, "this Eagle file holds no <schematic> (a library or another drawing?)");
        }

        return parse;
    }

    private static EaglePartRecord ReadPart(EagleXmlCursor xml) => new(
        xml.Required("name"),
        xml.Required("library"),
        xml.Attribute("library_urn"),
        xml.Required("deviceset"),
        xml.Attribute("device") ?? "",
        xml.Attribute("technology") ?? "",
        xml.Attribute("value"),
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, EagleVariantRecord>(StringComparer.OrdinalIgnoreCase),
        xml.Location);
}
