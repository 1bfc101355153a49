using DrcTool.Core.Analysis;
using DrcTool.Core.Binding;
using DrcTool.Core.Model;
using DrcTool.Core.Modules;

namespace DrcTool.Core.Migration;

/// <summary>
/// Finds the module a design carries (any module in rules/modules but the B-SoM, or the one <c>--module</c> names),
/// binds its pins to nets, and describes each wired pin for the planner: its kind and functions from the module
/// data, where the guides send it, its uses and the parts on its net.
/// </summary>
public sealed class MigrationSourceReader
{
    private readonly ModuleCatalog _catalog;

    public MigrationSourceReader(ModuleCatalog catalog)
    {
        _catalog = catalog;
    }

    public static MigrationSourceReader Default { get; } = new(ModuleCatalog.Default);

    /// <summary>The modules a design can migrate from: every module with a B-SoM destination column.</summary>
    public IEnumerable<ModuleDefinition> SourceModules =>
        _catalog.Modules.Where(m => !m.IsBSom && m.Pinout.Pins.Any(p => p.BSomContact is not null));

    /// <param name="module">A module name, or a part reference to take as the module; null to search.</param>
    /// <param name="problem">Why no source was found.</param>
    public SourceBoard? Read(Design design, string? module, out string? problem)
    {
        var named = module is null ? null : _catalog.Find(module);
        var reference = module is not null && named is null ? module : null;
        if (named is { IsBSom: true })
        {
            problem = $"the {named.Name} is what a migration moves to; --module names the source (one of {string.Join(", ", SourceModules.Select(m => m.Name))})";
            return null;
        }

        if (module is null && new SocketFinder(_catalog.BSom.Recognition).Find(design) is { Socket: { } som, Candidates: [{ ByPattern: true }, ..] })
        {
            problem = $"the design already carries a B-Series SoM ({som.Reference}); name the source module with --module to plan anyway";
            return null;
        }

        foreach (var definition in named is null ? SourceModules : [named])
        {
            var search = new SocketFinder(definition.Recognition).Find(design, reference);
            // Without --module only a part named like the module counts: a pad count alone matches too much.
            if (search.Socket is null || module is null && search.Candidates is not [{ ByPattern: true }, ..])
            {
                continue;
            }

            var binding = new SomBinder(definition.Pinout, definition.Recognition).Bind(design, search.Socket, search.HowFound, SomVariant.B404X);
            problem = null;
            return Describe(design, definition, binding);
        }

        problem = named is not null
            ? $"no {named.Name} found in the design"
            : reference is not null
                ? $"no part '{reference}' that is an {string.Join(", ", SourceModules.Select(m => m.Name))} module"
                : $"no source module found (looked for {string.Join(", ", SourceModules.Select(m => m.Name))}); name it with --module";
        return null;
    }

    private static SourceBoard Describe(Design design, ModuleDefinition module, SomBinding binding)
    {
        var components = design.Components.ToDictionary(c => c.Reference, StringComparer.Ordinal);
        var picture = ElectricalPicture.Build(design);
        var pins = new List<SourceBoardPin>();
        foreach (var group in binding.Contacts.Select(c => c.Net is null ? ByPinName(design, binding.Socket, c) : c)
                     .Where(c => c.Net is not null).GroupBy(c => c.Pin.Contact).OrderBy(g => g.Key))
        {
            var contact = group.First();
            var parts = contact.Net!.Nodes
                .Where(n => n.Reference != binding.Socket.Reference && components.ContainsKey(n.Reference))
                .Select(n => new NetPart(n.Reference, components[n.Reference].Value, PinName(components[n.Reference], n.Pin)))
                .Distinct()
                .ToList();
            var pin = contact.Pin;
            pins.Add(new SourceBoardPin(pin.Name, pin.Kind.ToString().ToLowerInvariant(), pin.Functions.Select(f => f.ToString()).ToList(), contact.Net.Name,
                PinUseGuess.Uses(pin, contact.Net.Name, parts))
            {
                Number = pin.Contact,
                GuideContact = pin.BSomContact,
                FiveVoltTolerant = pin.FiveVoltTolerant == true,
                MaxVolts = pin.Kind is SomPinKind.Power or SomPinKind.Ground or SomPinKind.Usb ? null : HighestVolts(picture, contact.Net),
                Parts = parts,
            });
        }

        var kinds = module.Pinout.Pins.Select(p => p.Kind).ToHashSet();
        return new SourceBoard(module.Name, binding.Socket.Reference, pins)
        {
            StatusLedOnModule = !kinds.Contains(SomPinKind.Rgb),
            UsbOnModule = !module.Pinout.Pins.Any(p => p.Kind == SomPinKind.Usb && p.Name.Contains('+') && p.Name.StartsWith("USB", StringComparison.OrdinalIgnoreCase)),
            Gen2 = module.Generation == 2,
        };
    }

    /// <summary>The net's own rail voltage, or the highest rail a resistor pulls it to (a pull-up to 5 V).</summary>
    private static double? HighestVolts(ElectricalPicture picture, Net net)
    {
        if (picture.NodeOf(net) is not { } node)
        {
            return null;
        }

        var volts = picture.RailOf(node)?.Volts;
        foreach (var link in picture.Resistors.Where(r => ReferenceEquals(r.A, node) || ReferenceEquals(r.B, node)))
        {
            if (picture.RailOf(link.Other(node).Group) is { IsGround: false, Volts: { } pulled } && pulled > (volts ?? 0))
            {
                volts = pulled;
            }
        }

        return volts;
    }

    /// <summary>
    /// A footprint that names its pads after the module's pins (the chipmc Boron carrier: 3V3, A0, MD, MI, SDA...)
    /// binds by name: the part pin whose number or name is the module pin's name or alias.
    /// </summary>
    private static BoundContact ByPinName(Design design, Component socket, BoundContact contact)
    {
        var match = socket.Pins.FirstOrDefault(p => contact.Pin.IsNamed(p.Number) || contact.Pin.IsNamed(p.Name));
        return match is null ? contact : contact with { Pad = match.Number, Net = design.NetOf(socket.Reference, match.Number) };
    }

    private static string PinName(Component component, string pad) => component.FindPin(pad)?.Name ?? pad;
}
