using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks;
using DrcTool.Core.Config;
using DrcTool.Core.Model;

namespace DrcTool.Core.Migration;

/// <summary>
/// Finds and binds the module a design carries through the binding `check` and `pins` use (any module in
/// rules/modules, or the one <c>--module</c> names), takes each wired pin's uses from the pin-use inference
/// (rules/pin-uses.yaml), and describes each wired pin for the planner: its kind and functions from the module data,
/// where the guides send it, its uses, the PWM frequency it needs and the parts on its net.
/// </summary>
public sealed class MigrationSourceReader
{
    private readonly ModuleCatalog _catalog;
    private readonly DesignChecker _checker;

    public MigrationSourceReader(ModuleCatalog catalog, DesignChecker checker)
    {
        _catalog = catalog;
        _checker = checker;
    }

    public static MigrationSourceReader Default { get; } = new(ModuleCatalog.Default, DesignChecker.Default);

    /// <summary>The modules a design can migrate from: every module with a B-SoM destination column.</summary>
    public IEnumerable<ModuleDefinition> SourceModules =>
        _catalog.Modules.Where(m => !m.IsBSom && m.Pinout.Pins.Any(p => p.BSomContact is not null));

    /// <param name="module">A module name, or a part reference to take as the module; null to search (or the config's).</param>
    /// <param name="config">The drctool.yaml that applies: socket patterns, module, rails and rule parameters.</param>
    /// <param name="problem">Why no source was found.</param>
    public SourceBoard? Read(Design design, string? module, DrcConfig config, out string? problem)
    {
        var options = new CheckOptions { Config = config, Module = module };
        var sources = string.Join(", ", SourceModules.Select(m => m.Name));
        if (options.EffectiveModule is { } asked && _catalog.Find(asked) is { IsBSom: true } target)
        {
            problem = $"the {target.Name} is what a migration moves to; --module names the source (one of {sources})";
            return null;
        }

        var (search, binding) = _checker.Bind(design, options);
        if (binding is null)
        {
            problem = search.Problem ?? $"no source module found (looked for {sources}); name it with --module";
            return null;
        }

        if (binding.Module.IsBSom)
        {
            problem = options.EffectiveModule is null
                ? $"the design already carries a B-Series SoM ({binding.Socket.Reference}); name the source module with --module to plan anyway"
                : $"{binding.Socket.Reference} is a B-Series SoM socket, what a migration moves to; --module names the source (one of {sources})";
            return null;
        }

        if (!SourceModules.Contains(binding.Module))
        {
            problem = $"{binding.Socket.Reference} is a {binding.Module.Name}, which the migration guides give no B-SoM pins for; migrate plans moves from {sources}";
            return null;
        }

        problem = null;
        var picture = ElectricalPicture.Build(design, binding, PictureSettings.From(config));
        return Describe(design, binding, picture, new PinUseInference(PinUseRules.Default, config.Parameters));
    }

    private static SourceBoard Describe(Design design, SomBinding binding, ElectricalPicture picture, PinUseInference inference)
    {
        var module = binding.Module;
        var pins = new List<SourceBoardPin>();
        foreach (var group in binding.Contacts.Where(c => c.Net is not null).GroupBy(c => c.Pin.Contact).OrderBy(g => g.Key))
        {
            var contact = group.First();
            var net = contact.Net!;
            var parts = net.Nodes
                .Where(n => n.Reference != binding.Socket.Reference)
                .Select(n => (Node: n, Part: design.FindComponent(n.Reference)))
                .Where(x => x.Part is not null)
                .Select(x => new NetPart(x.Part!.Reference, x.Part.Value, x.Part.FindPin(x.Node.Pin)?.Name ?? x.Node.Pin))
                .Distinct()
                .ToList();
            var pin = contact.Pin;
            var uses = inference.Infer(binding, contact, picture);
            pins.Add(new SourceBoardPin(pin.Name, pin.Kind.ToString().ToLowerInvariant(), pin.Functions.Select(f => f.ToString()).ToList(), net.Name, uses.Uses)
            {
                Number = pin.Contact,
                GuideContact = pin.BSomContact,
                FiveVoltTolerant = pin.FiveVoltTolerant == true,
                MaxVolts = pin.Kind is SomPinKind.Power or SomPinKind.Ground or SomPinKind.Usb ? null : HighestVolts(picture, net),
                PwmHz = uses.PwmHz,
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
}
