using DrcTool.Core.Binding;
using DrcTool.Core.Model;

namespace DrcTool.Core.Tests.Analysis;

/// <summary>Builds small designs in code: parts with named pads, then nets by "REF.PAD" nodes.</summary>
internal sealed class TestDesign
{
    private readonly List<Component> _components = [];
    private readonly List<Net> _nets = [];
    private int _line = 1;

    /// <param name="pins">"1", "2" or "1:VIN", "2:VOUT:PowerOut" (pad:name:type).</param>
    public TestDesign Part(string reference, string value, string symbol = "", params string[] pins) =>
        Add(reference, value, symbol, true, pins);

    public TestDesign NotFitted(string reference, string value, string symbol = "", params string[] pins) =>
        Add(reference, value, symbol, false, pins);

    public TestDesign Net(string name, params string[] nodes)
    {
        _nets.Add(new Net(name, nodes.Select(n =>
        {
            var dot = n.LastIndexOf('.');
            return new NetNode(n[..dot], n[(dot + 1)..]);
        }).ToList(), new SourceLocation("test.sch", _line++, 1)));
        return this;
    }

    public Design Build() => new("test.sch", DesignFormat.EagleSchematic, _components.ToList(), _nets.ToList());

    /// <summary>A binding whose socket is <paramref name="socketRef"/>, with each (contact, pin name, kind) on the net of pad = contact.</summary>
    public static SomBinding Bind(Design design, string socketRef, params (int Contact, string Name, SomPinKind Kind)[] contacts)
    {
        var socket = design.FindComponent(socketRef)!;
        var bound = contacts
            .Select(c => new BoundContact(new SomPin(c.Contact, c.Name, c.Kind, []), c.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Name, design.NetOf(socketRef, c.Contact.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .OrderBy(c => c.Contact)
            .ToList();
        return new SomBinding(socket, "test", SomVariant.B404X, bound);
    }

    private TestDesign Add(string reference, string value, string symbol, bool fitted, string[] pins)
    {
        var parsed = (pins.Length == 0 ? ["1", "2"] : pins).Select(p =>
        {
            var parts = p.Split(':');
            var type = parts.Length > 2 ? Enum.Parse<PinType>(parts[2]) : PinType.Unspecified;
            return new ComponentPin(parts[0], parts.Length > 1 ? parts[1] : parts[0], type);
        }).ToList();
        _components.Add(new Component(reference, value, "", "test", symbol, new Dictionary<string, string>(), fitted, parsed,
            new SourceLocation("test.sch", _line++, 1)));
        return this;
    }
}
