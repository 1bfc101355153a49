using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Reads an Eagle schematic (<c>.sch</c>): parts through their library device sets, and nets from every sheet's
/// segment pinrefs, gate pin to pad through the device's connects. A net name means one net across all sheets.
/// </summary>
/// <remarks>
/// Supply symbols (devices without a package) are not parts on the board: their pin joins the net it sits on to the
/// net of the supply's name. Frames and other package-less parts are likewise left out of the components.
/// Eagle 9 hierarchical modules are flattened (see <see cref="EagleSchematicResolver"/>).
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

/// <summary>
/// The raw content of a schematic: one forward pass, no lookups yet. The top level and each module are kept apart;
/// the resolver flattens module instances.
/// </summary>
internal sealed class EagleSchematicParse
{
    public EagleLibraryCollector Libraries { get; } = new();
    public EagleScope Root { get; } = new("", default);
    public Dictionary<string, EagleScope> Modules { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int Sheets { get; private set; }

    public static EagleSchematicParse Run(string path, byte[] content)
    {
        var parse = new EagleSchematicParse();
        using var xml = EagleXmlCursor.Open(path, content);
        var sawRoot = false;
        var sawSchematic = false;
        var scope = parse.Root;
        EaglePartRecord? part = null;
        string? net = null;
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
                switch (xml.Name)
                {
                    case "part": part = null; break;
                    case "net": net = null; break;
                    case "module" when xml.Parent == "modules": scope = parse.Root; break;
                }

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
                    scope = new EagleScope(xml.Required("name"), xml.Location);
                    if (!parse.Modules.TryAdd(scope.Name, scope))
                    {
                        throw xml.Error($"module {scope.Name} is defined twice");
                    }

                    break;
                case ("variantdef", "variantdefs") when xml.Attribute("current") == "yes":
                    scope.CurrentVariant = xml.Required("name");
                    break;
                case ("part", "parts"):
                    part = ReadPart(xml);
                    scope.Parts.Add(part);
                    break;
                case ("attribute", "part") when part is not null:
                    part.SetAttribute(xml.Required("name"), xml.Attribute("value") ?? "");
                    break;
                case ("variant", "part") when part is not null:
                    part.SetVariant(xml.Required("name"), new EagleVariantRecord(
                        !EagleFittedMarkers.IsNo(xml.Attribute("populate")), xml.Attribute("value"), xml.Attribute("technology")));
                    break;
                case ("sheet", "sheets") when scope == parse.Root:
                    parse.Sheets++;
                    break;
                case ("moduleinst", "moduleinsts"):
                    scope.ModuleInstances.Add(new EagleModuleInstance(
                        xml.Required("name"), xml.Required("module"), xml.Attribute("modulevariant"), xml.Location));
                    break;
                case ("net", "nets"):
                    net = xml.RequiredUnpooled("name");
                    scope.Nets.Add((net, xml.Location));
                    break;
                case ("pinref", "segment") when net is not null:
                    scope.PinRefs.Add(new EaglePinRef(net, xml.Required("part"), xml.Required("gate"), xml.Required("pin"), xml.Location));
                    break;
                case ("portref", "segment") when net is not null:
                    scope.PortRefs.Add(new EaglePortRef(net, xml.Required("moduleinst"), xml.Required("port"), xml.Location));
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
        xml.Location);
}
