using static DrcTool.Core.Checks.RuleIds;

namespace DrcTool.Core.Checks.Rules;

/// <summary>
/// One descriptor per base-board rule: what README's table, <c>drctool rules</c> and every report say about it.
/// Titles say what must hold; message formats say what a finding reports.
/// </summary>
public static class BaseBoardRuleDescriptors
{
    public static readonly RuleDescriptor FiveVoltOnSignalRule = Make(
        FiveVoltOnSignal, "No rail above 3.6 V on a SoM signal pin",
        "{pin} ({contact}) on net {net} reaches {rail} ({volts} V) {how}: {path}", "Signal", Severity.Error);

    public static readonly RuleDescriptor LeakageWhen3V3CutRule = Make(
        LeakageWhen3V3Cut, "No pull-up or driver from an always-on rail when 3V3 can be cut",
        "3V3 can be cut ({cut}); {pin} ({contact}) on net {net} is held by {part} from {rail}, which stays on: {path}",
        "Power", Severity.Warning);

    public static readonly RuleDescriptor BackFeedPullUpRule = Make(
        BackFeedPullUp, "Pull-ups on SoM signals go to the SoM's own 3V3",
        "{pin} ({contact}) on net {net} is pulled up by {part} to {rail}, not the SoM's 3V3: back-feed risk: {path}",
        "Power", Severity.Warning);

    public static readonly RuleDescriptor ResetPullUpRule = Make(
        ResetPullUp, "RST has an external pull-up to 3V3 of a sane value",
        "RST (34) on net {net}: {problem}", "Reset", Severity.Error);

    public static readonly RuleDescriptor ResetButtonRule = Make(
        ResetButton, "A reset button on RST",
        "RST (34) on net {net} has no button to GND", "Reset", Severity.Note);

    public static readonly RuleDescriptor ModePullUpRule = Make(
        ModePullUp, "MODE is pulled up only to the SoM's 3V3",
        "MODE (32) on net {net} is pulled up by {part} to {rail}, not the SoM's 3V3: {path}", "Reset", Severity.Warning);

    public static readonly RuleDescriptor ModeButtonRule = Make(
        ModeButton, "A MODE button on MODE",
        "MODE (32) on net {net} has no button to GND", "Reset", Severity.Note);

    public static readonly RuleDescriptor RgbLedWiringRule = Make(
        RgbLedWiring, "RGB status LED: common anode on 3V3, each cathode through a resistor",
        "{pin} ({contact}) on net {net}: {problem}", "Signal", Severity.Warning);

    public static readonly RuleDescriptor RgbLedAbsentRule = Make(
        RgbLedAbsent, "An RGB status LED on RGBR/RGBG/RGBB",
        "No RGB status LED on RGBR (61), RGBG (63), RGBB (65)", "Signal", Severity.Note);

    public static readonly RuleDescriptor Supply3V3Rule = Make(
        Supply3V3, "3V3 (10/12) is fed from a 3.0-3.6 V source",
        "3V3 ({contacts}) on net {net}: {problem}", "Power", Severity.Error);

    public static readonly RuleDescriptor SupplyVccRule = Make(
        SupplyVcc, "VCC (2/4/6/8) within 3.6 V and the variant's maximum",
        "VCC ({contacts}) on net {net} is {volts} V ({why}); {variant} needs {min}-{max} V, absolute maximum {absmax} V",
        "Power", Severity.Error);

    public static readonly RuleDescriptor VccAnd3V3OneRailRule = Make(
        VccAnd3V3OneRail, "VCC and 3V3 are separate rails",
        "VCC ({contacts}) and 3V3 (10/12) are one rail, net {net}", "Power", Severity.Error);

    public static readonly RuleDescriptor ReservedContactsRule = Make(
        ReservedContacts, "Reserved contacts left open",
        "Reserved contact {contact} ({pin}) is wired to net {net}: {parts}", "Pins to leave open", Severity.Warning);

    public static readonly RuleDescriptor NfcWiringRule = Make(
        NfcWiring, "NFC1/NFC2 go only to an NFC antenna connector, both or neither",
        "{pin} ({contact}) on net {net}: {problem}", "Radio", Severity.Warning);

    public static readonly RuleDescriptor NfcNotWiredRule = Make(
        NfcNotWired, "An NFC antenna on NFC1/NFC2",
        "NFC1 (17) and NFC2 (19) are not wired: the NFC tag cannot work", "Radio", Severity.Note);

    public static readonly RuleDescriptor AntennasRule = Make(
        Antennas, "The BOM carries the antennas for the SoM's U.FL sockets",
        "{variant}: the SoM has U.FL sockets and no chip antenna; the BOM should carry {antennas}", "Radio", Severity.Note);

    public static readonly RuleDescriptor PmicI2cPinsRule = Make(
        PmicI2cPins, "bq2419x SDA on D0 (22), SCL on D1 (20)",
        "{part} {function} is on {found}, Device OS expects {expected}: {path}", "I2C", Severity.Error);

    public static readonly RuleDescriptor PmicInterruptRule = Make(
        PmicInterrupt, "bq2419x INT on A6 (45)",
        "{part} INT is on {found}, Device OS expects A6 (45)", "I2C", Severity.Error);

    public static readonly RuleDescriptor I2cPullUpsRule = Make(
        I2cPullUps, "I2C buses with a device have 1.5-10 kΩ pull-ups to 3V3",
        "{pin} ({contact}) on net {net} carries {devices}: {problem}", "I2C", Severity.Error);

    public static readonly RuleDescriptor I2cPinsAsGpioRule = Make(
        I2cPinsAsGpio, "D0/D1 not also used as plain GPIO when the PMIC or gauge is on them",
        "{pin} ({contact}) on net {net} carries {device} and also drives {part} ({class})", "I2C", Severity.Error);

    public static readonly RuleDescriptor PmicInputCurrentRule = Make(
        PmicInputCurrent, "bq2419x ILIM resistor lets enough input current through",
        "{part} ILIM {resistor} gives an input limit of {amps} A, below {min} A: {problem}", "Power", Severity.Warning);

    public static readonly RuleDescriptor PmicDetectionRule = Make(
        PmicDetection, "Firmware must enable SystemPowerFeature::PMIC_DETECTION",
        "{part} found: firmware must enable SystemPowerFeature::PMIC_DETECTION; input limit {ilim}", "Firmware", Severity.Note);

    public static readonly RuleDescriptor FuelGaugeWiringRule = Make(
        FuelGaugeWiring, "MAX1704x on D0/D1 with ALRT on A6 (45)",
        "{part} {function} is on {found}, Device OS expects {expected}", "I2C", Severity.Error);

    public static readonly RuleDescriptor EthernetPinsRule = Make(
        EthernetPins, "W5500 on the pins Device OS expects",
        "{part} {function} is on {found}, Device OS expects {expected}", "Peripherals", Severity.Error);

    public static readonly RuleDescriptor UsbDataRule = Make(
        UsbData, "USB D+/D- (11/13) reach a USB connector",
        "{pin} ({contact}) on net {net}: {problem}", "Peripherals", Severity.Note);

    public static readonly RuleDescriptor VusbSourceRule = Make(
        VusbSource, "VUSB (16) only from a USB or 5 V source",
        "VUSB (16) on net {net}: {problem}", "Power", Severity.Error);

    public static readonly RuleDescriptor CellularUsbRule = Make(
        CellularUsb, "Modem USB (44/46/74) only to a USB connector and a 5 V source",
        "{pin} ({contact}) on net {net}: {problem}", "Peripherals", Severity.Warning);

    public static readonly RuleDescriptor HoldDownRule = Make(
        HoldDown, "A hold-down standoff or screw for the M.2 socket",
        "The M.2 socket {socket} has no latch and the design has no standoff or screw part", "Mechanics", Severity.Warning);

    /// <summary>Every base-board descriptor in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } =
    [
        FiveVoltOnSignalRule, LeakageWhen3V3CutRule, BackFeedPullUpRule, ResetPullUpRule, ResetButtonRule,
        ModePullUpRule, ModeButtonRule, RgbLedWiringRule, RgbLedAbsentRule, Supply3V3Rule, SupplyVccRule,
        VccAnd3V3OneRailRule, ReservedContactsRule, NfcWiringRule, NfcNotWiredRule, AntennasRule,
        PmicI2cPinsRule, PmicInterruptRule, I2cPullUpsRule, I2cPinsAsGpioRule, PmicInputCurrentRule, PmicDetectionRule,
        FuelGaugeWiringRule, EthernetPinsRule, UsbDataRule, VusbSourceRule, CellularUsbRule, HoldDownRule,
    ];

    private static RuleDescriptor Make(string id, string title, string message, string category, Severity severity) =>
        new(id, title, message, category, severity, RuleDescriptor.DocPath(id));
}
