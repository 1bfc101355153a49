using DrcTool.Core.Model;

namespace DrcTool.TestSupport;

/// <summary>Builds small designs in code for unit tests: parts with pads, and nets joining (reference, pad) pairs.</summary>
public sealed class DesignBuilder
{
    private readonly List<Component> _components = [];
    private readonly Dictionary<string, List<NetNode>> _nets = new(StringComparer.Ordinal);
    private readonly List<string> _netOrder = [];
    private int _line = 1;

    public const string File = "test.net";

    private readonly string _file;

    public DesignBuilder(string file = File)
    {
        _file = file;
    }

    public DesignBuilder Part(string reference, string value, string footprint, IEnumerable<(string Pad, string Name)> pins,
        string library = "", string symbol = "", bool fitted = true)
    {
        _components.Add(new Component(reference, value, footprint, library, symbol, new Dictionary<string, string>(), fitted,
            pins.Select(p => new ComponentPin(p.Pad, p.Name)).ToList(), new SourceLocation(_file, _line++, 1)));
        return this;
    }

    public DesignBuilder Part(string reference, string value, int pads = 2, bool fitted = true) =>
        Part(reference, value, "R0603", Enumerable.Range(1, pads).Select(i => (i.ToString(), "")), fitted: fitted);

    /// <summary>An M.2 socket J1 whose symbol names each pad by the datasheet (or by <paramref name="rename"/>).</summary>
    public DesignBuilder Socket(string reference = "J1", string footprint = "TE_2199230-4", bool holdDown = true,
        IReadOnlyDictionary<string, string>? rename = null, string value = "")
    {
        var pins = SomPinout.Default.Pins
            .Where(p => holdDown || p.Kind != SomPinKind.HoldDown)
            .Select(p => (p.Contact.ToString(), rename?.GetValueOrDefault(p.Contact.ToString()) ?? p.Name));
        return Part(reference, value, footprint, pins, "Connector", "M.2_E");
    }

    public DesignBuilder Net(string name, params string[] nodes)
    {
        if (!_nets.TryGetValue(name, out var list))
        {
            _nets[name] = list = [];
            _netOrder.Add(name);
        }

        foreach (var node in nodes)
        {
            var dot = node.LastIndexOf('.');
            list.Add(new NetNode(node[..dot], node[(dot + 1)..]));
        }

        return this;
    }

    /// <summary>Every GND contact and the hold-down tabs of J1 on net GND, with a capacitor so the net is real.</summary>
    public DesignBuilder Grounded(string socket = "J1")
    {
        var pads = SomPinout.Default.Pins.Where(p => p.Kind is SomPinKind.Ground or SomPinKind.HoldDown)
            .Select(p => $"{socket}.{p.Contact}").ToList();
        Part("C99", "100n");
        return Net("GND", [.. pads, "C99.2"]);
    }

    public Design Build() =>
        new(_file, DesignFormat.KiCadNetlist, _components,
            _netOrder.Select(n => new Net(n, _nets[n], new SourceLocation(_file, _line + _netOrder.IndexOf(n), 3))).ToList());
}
