namespace DrcTool.Core.Import.Eagle;

/// <summary>
/// Builds the embedded libraries from the cursor's element events. Both readers feed it every event; it acts only
/// inside <c>&lt;libraries&gt;</c>, so the same element names elsewhere (a board's <c>&lt;attribute&gt;</c>) are not mistaken.
/// </summary>
internal sealed class EagleLibraryCollector
{
    private readonly Dictionary<(string Name, string Urn), EagleLibrary> _libraries = new();
    private readonly Dictionary<string, EagleLibrary> _byName = new(StringComparer.OrdinalIgnoreCase);
    private EagleLibrary? _library;
    private EaglePackage? _package;
    private EagleSymbol? _symbol;
    private EagleDeviceSet? _deviceSet;
    private EagleDevice? _device;
    private Dictionary<string, string>? _technology;

    /// <summary>Handles the event when it belongs to a library; returns false when it does not.</summary>
    public bool Accept(EagleXmlCursor xml)
    {
        if (_library is null)
        {
            if (xml.IsStart && xml.Name == "library" && xml.Parent == "libraries")
            {
                var name = xml.Required("name");
                var urn = xml.Attribute("urn") ?? "";
                _library = new EagleLibrary(name, urn);
                // A repeated library is a damaged file; the first one wins, as Eagle would keep it.
                _libraries.TryAdd((name, urn), _library);
                _byName.TryAdd(name, _library);
                return true;
            }

            return false;
        }

        if (!xml.IsStart)
        {
            switch (xml.Name)
            {
                case "library": _library = null; break;
                case "package": _package = null; break;
                case "symbol": _symbol = null; break;
                case "deviceset": _deviceSet = null; break;
                case "device": _device = null; break;
                case "technology": _technology = null; break;
            }

            return true;
        }

        switch (xml.Name, xml.Parent)
        {
            case ("package", "packages"):
                _package = new EaglePackage(xml.Required("name"));
                _library.Packages.TryAdd(_package.Name, _package);
                break;
            case ("pad" or "smd", "package") when _package is not null:
                _package.Pads.Add(xml.Required("name"));
                break;
            case ("symbol", "symbols"):
                _symbol = new EagleSymbol(xml.Required("name"));
                _library.Symbols.TryAdd(_symbol.Name, _symbol);
                break;
            case ("pin", "symbol") when _symbol is not null:
                _symbol.PinDirections.TryAdd(xml.Required("name"), xml.Attribute("direction") ?? "io");
                break;
            case ("deviceset", "devicesets"):
                _deviceSet = new EagleDeviceSet(xml.Required("name"), xml.Attribute("uservalue") == "yes");
                _library.DeviceSets.TryAdd(_deviceSet.Name, _deviceSet);
                break;
            case ("gate", "gates") when _deviceSet is not null:
                _deviceSet.Gates.TryAdd(xml.Required("name"), xml.Required("symbol"));
                break;
            case ("device", "devices") when _deviceSet is not null:
                var package = xml.Attribute("package");
                _device = new EagleDevice(xml.Attribute("name") ?? "", string.IsNullOrEmpty(package) ? null : package);
                _deviceSet.Devices.TryAdd(_device.Name, _device);
                break;
            case ("connect", "connects") when _device is not null:
                var pads = xml.Required("pad").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                _device.Connects.Add(new EagleConnect(xml.Required("gate"), xml.Required("pin"), pads));
                break;
            case ("technology", "technologies") when _device is not null:
                _technology = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                _device.Technologies.TryAdd(xml.Attribute("name") ?? "", _technology);
                break;
            case ("attribute", "technology") when _technology is not null:
                _technology[xml.Required("name")] = xml.Attribute("value") ?? "";
                break;
        }

        return true;
    }

    /// <summary>The library a part or element names; Eagle 9 adds the URN when two libraries share a name.</summary>
    public EagleLibrary? Find(string name, string? urn)
    {
        if (_libraries.TryGetValue((name, urn ?? ""), out var exact))
        {
            return exact;
        }

        // Files where the reference carries a URN the library lacks, or the reverse: match by name alone.
        return _byName.GetValueOrDefault(name);
    }
}
