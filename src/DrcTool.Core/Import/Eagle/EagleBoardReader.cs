using DrcTool.Core.Model;

namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Reads an Eagle board (<c>.brd</c>): elements with the pads of their packages, and signals through their
/// contactrefs. Pad names ("1", "P$1", "GND@1") stay as written: they are this format's pad numbers.
/// </summary>
public sealed class EagleBoardReader : IDesignReader
{
    public DesignFormat Format => DesignFormat.EagleBoard;

    public Design Read(string path, byte[] content)
    {
        var libraries = new EagleLibraryCollector();
        var elements = new List<ElementRecord>();
        // Boards list elements before signals, so a contactref's element is nearly always known when it is read:
        // its node goes straight into the net table, and only the rest wait in contacts.
        var elementsByName = new Dictionary<string, ElementRecord>(StringComparer.OrdinalIgnoreCase);
        var nets = new EagleNetTable();
        var contacts = new List<(int Net, string Element, string Pad, SourceLocation Location)>();
        string? currentVariant = null;
        var sawRoot = false;
        var sawBoard = false;
        ElementRecord? element = null;
        int? signal = null;

        using (var xml = EagleXmlCursor.Open(path, content))
        {
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

                if (libraries.Accept(xml))
                {
                    continue;
                }

                if (!xml.IsStart)
                {
                    if (xml.Name == "element") element = null;
                    else if (xml.Name == "signal") signal = null;
                    continue;
                }

                switch (xml.Name, xml.Parent)
                {
                    case ("board", "drawing"):
                        sawBoard = true;
                        break;
                    case ("schematic", "drawing"):
                        throw xml.Error("this Eagle file holds a schematic, not a board");
                    case ("variantdef", "variantdefs") when xml.Attribute("current") == "yes":
                        currentVariant = xml.Required("name");
                        break;
                    case ("element", "elements"):
                        element = new ElementRecord(
                            xml.Required("name"), xml.Required("library"), xml.Attribute("library_urn"), xml.Required("package"),
                            xml.Attribute("value") ?? "", !EagleFittedMarkers.IsNo(xml.Attribute("populate")), xml.Location);
                        elements.Add(element);
                        elementsByName.TryAdd(element.Name, element);
                        break;
                    case ("attribute", "element") when element is not null && xml.Attribute("value") is { } value:
                        // Attributes without a value only place the smashed NAME/VALUE texts.
                        element.SetAttribute(xml.Required("name"), value);
                        break;
                    case ("variant", "element") when element is not null:
                        element.SetVariant(xml.Required("name"), new EagleVariantRecord(
                            !EagleFittedMarkers.IsNo(xml.Attribute("populate")), xml.Attribute("value"), xml.Attribute("technology")));
                        break;
                    case ("signal", "signals"):
                        signal = nets.Get(xml.RequiredUnpooled("name"), xml.Location);
                        break;
                    case ("contactref", "signal") when signal is not null:
                        var elementName = xml.Required("element");
                        var pad = xml.Required("pad");
                        if (elementsByName.TryGetValue(elementName, out var known))
                        {
                            nets.AddNode(signal.Value, new NetNode(known.Name, pad));
                        }
                        else
                        {
                            contacts.Add((signal.Value, elementName, pad, xml.Location));
                        }

                        break;
                }
            }
        }

        if (!sawRoot)
        {
            throw new DesignReadException(path, 1, 1, "the file holds no XML element");
        }

        if (!sawBoard)
        {
            throw new DesignReadException(path, 1, 1, "this Eagle file holds no <board> (a library or another drawing?)");
        }

        var components = new List<Component>(elements.Count);
        var byName = new Dictionary<string, Component>(elements.Count, StringComparer.OrdinalIgnoreCase);
        var propertySets = new PropertySetPool();
        foreach (var record in elements)
        {
            var component = ToComponent(path, record, libraries, currentVariant, propertySets);
            if (!byName.TryAdd(record.Name, component))
            {
                throw new DesignReadException(path, record.Location.Line, record.Location.Column, $"element {record.Name} is listed twice");
            }

            components.Add(component);
        }

        foreach (var (net, elementName, pad, location) in contacts)
        {
            var owner = byName.GetValueOrDefault(elementName)
                        ?? throw new DesignReadException(path, location.Line, location.Column, $"a contactref names element {elementName}, which is not in <elements>");
            nets.AddNode(net, new NetNode(owner.Reference, pad));
        }

        return new Design(path, DesignFormat.EagleBoard, components, nets.Build(names => names[0]));
    }

    private static Component ToComponent(
        string path, ElementRecord record, EagleLibraryCollector libraries, string? currentVariant, PropertySetPool propertySets)
    {
        var library = libraries.Find(record.Library, record.LibraryUrn)
                      ?? throw new DesignReadException(path, record.Location.Line, record.Location.Column,
                          $"element {record.Name} names library {record.Library}, which the file does not contain");
        var package = library.Packages.GetValueOrDefault(record.Package)
                      ?? throw new DesignReadException(path, record.Location.Line, record.Location.Column,
                          $"element {record.Name} uses package {record.Package}, which library {library.Name} does not contain");
        var variant = currentVariant is not null ? record.Variants.GetValueOrDefault(currentVariant) : null;
        var value = variant?.Value ?? record.Value;
        var properties = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in record.Attributes)
        {
            properties[name] = text;
        }

        var notFitted = !record.Populate || variant is { Populate: false } || EagleFittedMarkers.MarkedNotFitted(properties);
        return new Component(
            record.Name, value, package.Name, library.Name, package.Name, propertySets.Share(properties),
            FittedPolicy.IsFitted(value, notFitted), package.Pins ??= PinsOf(package), record.Location);
    }

    /// <summary>A package's pads as pins, in natural order: one list shared by every element of the package.</summary>
    private static IReadOnlyList<ComponentPin> PinsOf(EaglePackage package)
    {
        var pins = package.Pads.Distinct(StringComparer.Ordinal).Select(pad => new ComponentPin(pad, "")).ToList();
        pins.Sort((a, b) => NaturalComparer.Instance.Compare(a.Number, b.Number));
        return pins;
    }

    private sealed record ElementRecord(
        string Name, string Library, string? LibraryUrn, string Package, string Value, bool Populate, SourceLocation Location)
        : EagleAttributedRecord;
}
