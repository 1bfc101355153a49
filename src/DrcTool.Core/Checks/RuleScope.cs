using DrcTool.Core.Analysis;
using DrcTool.Core.Analysis.Parts;
using DrcTool.Core.Analysis.Uses;
using DrcTool.Core.Binding;
using DrcTool.Core.Checks.Rules.Support;
using DrcTool.Core.Config;
using DrcTool.Core.Knowledge;
using DrcTool.Core.Model;

namespace DrcTool.Core.Checks;

/// <summary>
/// Everything a rule may look at for one design, built once by <see cref="DesignChecker"/> and shared by every rule:
/// the design, how the socket was searched for and the binding, the electrical picture, the options and the
/// parameters in effect, and the small net walks the rules share (parts on a net, series paths, which contacts a net
/// reaches).
/// </summary>
public sealed class RuleScope
{
    private readonly SomBinding? _binding;
    private IReadOnlyList<Net>? _som3V3Nets;
    private IReadOnlyList<Net>? _groundNets;

    internal RuleScope(Design design, SocketSearch socketSearch, SomBinding? binding, ElectricalPicture picture, CheckOptions options,
        SomPinout pinout)
    {
        Design = design;
        SocketSearch = socketSearch;
        _binding = binding;
        Picture = picture;
        Options = options;
        Pinout = pinout;
        Parameters = options.Config.Parameters;
        View = new ElectricalView(picture);
    }

    public Design Design { get; }

    /// <summary>How the socket was looked for; DRC001 reports from it.</summary>
    public SocketSearch SocketSearch { get; }

    /// <summary>True when a module was bound; rules that need it are only run then (<see cref="DesignRule.NeedsBoundModule"/>).</summary>
    public bool IsBound => _binding is not null;

    /// <summary>The SoM binding. Only rules with <see cref="DesignRule.NeedsBoundModule"/> false run without one.</summary>
    public SomBinding Binding => _binding ?? throw new InvalidOperationException("no module is bound: this rule must not run");

    /// <summary>Rails, voltages, part classes, resistor paths and drivers: built once per design.</summary>
    public ElectricalPicture Picture { get; }

    public CheckOptions Options { get; }

    public DrcConfig Config => Options.Config;

    public SomPinout Pinout { get; }

    /// <summary>The numbers of rules/rule-parameters.yaml as the design's drctool.yaml may override them.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>The pad of each function of the ICs Device OS wires to fixed pins (rules/part-classes.yaml <c>pads</c>).</summary>
    public Knowledge.Parts.KnownPads KnownPads => Picture.Catalog.Pads;

    public SomVariant Variant => Options.EffectiveVariant;

    /// <summary>False when the variant was assumed; variant-specific rules may then say what they assumed.</summary>
    public bool VariantGiven => Options.VariantGiven;

    /// <summary>
    /// The variants a variant-specific rule checks against: the one given (--variant, `som:`), else every variant the
    /// socket accepts, so the strictest limit applies and a finding names the variants it concerns.
    /// </summary>
    public IReadOnlyList<SomVariant> Variants => VariantGiven ? [Variant] : AllVariants;

    private static readonly SomVariant[] AllVariants = Enum.GetValues<SomVariant>();

    /// <summary>"B524, B523, B504": the variants a finding concerns, in catalogue order.</summary>
    public static string Describe(IEnumerable<SomVariant> variants) => string.Join(", ", variants.Order());

    /// <summary>The rules' questions about the electrical picture, in the rules' own words.</summary>
    internal IElectricalView View { get; }

    /// <summary>
    /// How the board uses each bound pin (rules/pin-uses.yaml; docs/pin-uses.md), worked out once per design on first
    /// use. A rule asks <c>scope.UsesOf(contact).Has(PinUse.Pwm)</c> and the pin's functions with
    /// <c>scope.Contact(n)!.Pin.Can(PinFunction.Pwm)</c> / <c>.PwmGroup</c>.
    /// </summary>
    public IReadOnlyDictionary<int, Analysis.Uses.PinUses> PinUses => _pinUses ??= Analysis.Uses.PinUseInference.Default.Infer(Binding, Picture);

    private IReadOnlyDictionary<int, Analysis.Uses.PinUses>? _pinUses;

    /// <summary>How the board uses one bound pin; none for an unconnected or unbound pin.</summary>
    public Analysis.Uses.PinUses UsesOf(int contact) => PinUses.GetValueOrDefault(contact) ?? Analysis.Uses.PinUses.None;

    public BoundContact? Contact(int number) => Binding[number];

    public Net? NetAt(int contact) => Binding[contact]?.Net;

    /// <summary>"D0 (22)": the datasheet name and the contact number, as every message names a pin.</summary>
    public string Label(int contact) => Binding[contact] is { } bound ? $"{bound.Pin.Name} ({contact})" : $"contact {contact}";

    /// <summary>The SoM contacts on the net or a net joined to it, in contact order.</summary>
    public IReadOnlyList<BoundContact> ContactsOn(Net net)
    {
        var joined = View.Joined(net);
        return Binding.Contacts.Where(c => c.Net is { } n && joined.Contains(n)).OrderBy(c => c.Contact).ToList();
    }

    /// <summary>The nets on the SoM's 3V3 contacts and those joined to them.</summary>
    // Worked out once per scope: rules ask IsSom3V3 for every pull path and driver they look at.
    public IReadOnlyList<Net> Som3V3Nets =>
        _som3V3Nets ??= Contacts.Supply3V3.Select(NetAt).OfType<Net>().SelectMany(View.Joined).Distinct().ToList();

    public bool IsSom3V3(Net net) => Som3V3Nets.Contains(net);

    /// <summary>The ground net: the first GND contact's net (DRC004 checks the GND contacts agree).</summary>
    // Worked out once per scope: the reset and ILIM rules ask IsGround for every part on a net.
    public IReadOnlyList<Net> GroundNets =>
        _groundNets ??= Binding.Named("GND").Select(c => c.Net).OfType<Net>().FirstOrDefault() is { } gnd ? View.Joined(gnd) : [];

    public bool IsGround(Net net) => View.IsGround(net) || GroundNets.Contains(net);

    /// <summary>The fitted parts' pads on a net, the socket left out.</summary>
    public IReadOnlyList<(Component Part, string Pad)> PadsOn(Net net) => PinUseInference.PadsOn(Picture, net, Binding.Socket.Reference);

    public IReadOnlyList<(Component Part, string Pad)> PadsOnJoined(Net net) => View.Joined(net).SelectMany(PadsOn).ToList();

    public PartClass ClassOf(Component part) => View.ClassOf(part);

    /// <summary>For a two-pad part, the net on its other pad.</summary>
    public Net? OtherNet(Component part, string pad) => PinUseInference.OnlyOtherNet(Picture, part, pad);

    /// <summary>
    /// The nets a signal reaches through series parts that keep it the same signal: joined nets (jumpers, 0 Ω,
    /// ferrites) and resistors of at most series-termination.max-ohms (series terminations).
    /// </summary>
    public IReadOnlyList<Net> SeriesReach(Net start) => SeriesReach(start, Parameters.SeriesTerminationMaxOhms);

    public IReadOnlyList<Net> SeriesReach(Net start, double maxSeriesOhms) => PinUseInference.SeriesReach(Picture, start, maxSeriesOhms, Binding.Socket.Reference);

    /// <summary>
    /// Every pad a bound pin reaches (through series terminations, or through one resistor to a plain signal net), with
    /// its function name and class: what the pin-function rules ask <see cref="Uses"/> about (I2C, SPI, interrupt...).
    /// </summary>
    public IReadOnlyList<PinLoad> LoadsOf(BoundContact contact) => Uses.Loads(Binding, contact, Picture, Parameters.SeriesTerminationMaxOhms);

    /// <summary>The pin-use inference the rules read roles from (rules/pin-uses.yaml).</summary>
    public PinUseInference Uses => PinUseInference.Default;

    /// <summary>The SoM contacts a part's pad reaches through series parts.</summary>
    public IReadOnlyList<BoundContact> ContactsReachedFrom(Component part, string pad)
    {
        if (Design.NetOf(part.Reference, pad) is not { } net) return [];
        var nets = SeriesReach(net);
        return Binding.Contacts.Where(c => c.Net is { } n && nets.Contains(n)).OrderBy(c => c.Contact).ToList();
    }

    /// <summary>Fitted parts of a class, in natural reference order.</summary>
    public IReadOnlyList<Component> PartsOfClass(PartClass partClass) =>
        Design.Components.Where(c => View.InCircuit(c) && ClassOf(c) == partClass)
            .OrderBy(c => c.Reference, NaturalComparer.Instance).ToList();

    /// <summary>
    /// A finding of the rule with its contacts (and their SoM pin names), the net it is about (whose source location it
    /// points at) and the descriptor's severity unless <paramref name="severity"/> says otherwise.
    /// </summary>
    public Finding NewFinding(RuleDescriptor rule, RuleMessage message, IEnumerable<int> contacts, Net? net, Severity? severity = null)
    {
        var contactList = contacts.Distinct().Order().ToList();
        return new Finding
        {
            RuleId = rule.Id,
            Severity = severity ?? rule.DefaultSeverity,
            Message = message.Text,
            Contacts = contactList,
            SomPins = contactList.Select(c => Binding[c]?.Pin.Name ?? c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            Nets = net is null ? [] : [net.Name],
            Location = net?.Location ?? Binding.Socket.Location,
        };
    }

    public static string Volts(double volts) => RuleParameters.Volts(volts);

    /// <summary>"10 kΩ", "332 Ω", "1.5 MΩ": a resistance as the rules' messages and limits state it.</summary>
    public static string Ohms(double ohms) => RuleParameters.Ohms(ohms);

    public static string Describe(Rail rail) => $"{rail.NetName} ({Volts(rail.Volts)}, {rail.VoltageSource})";

    public static string Describe(Component part) => part.Value.Length > 0 ? $"{part.Reference} {part.Value}" : part.Reference;
}
