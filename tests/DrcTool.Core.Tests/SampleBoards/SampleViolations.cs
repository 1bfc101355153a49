using static DrcTool.Core.Tests.SampleBoards.SampleParts;

namespace DrcTool.Core.Tests.SampleBoards;

/// <summary>One sample board: the reference with one change, and the rule it is built to break.</summary>
/// <param name="Folder">Under sample-boards/, e.g. "violations/DRC010-5v-on-signal".</param>
/// <param name="Change">What differs from the reference board, in one sentence (goes into the board's title).</param>
/// <param name="Eagle">Also written as an Eagle schematic, so the boards cover both CAD tools.</param>
/// <param name="AlsoFires">Other rules the change necessarily trips too (a cascade checked by hand), beside the board's own.</param>
/// <param name="Module">For a rule about another module than the B-SoM: the rules/modules/ folder whose carrier
/// (<see cref="ModuleCarriers"/>) the change is made to instead of the reference board.</param>
internal sealed record SampleVariant(string Folder, string RuleId, string Change, Func<SampleBoard, SampleBoard> Make, bool Eagle = false, string[]? AlsoFires = null,
    string? Module = null)
{
    public string Name => Path.GetFileName(Folder);
}

/// <summary>The violating (and a few compliant) sample boards, each made from the reference board by one change.</summary>
internal static class SampleViolations
{
    public static IReadOnlyList<SampleVariant> All { get; } =
    [
        V("DRC001", "no-socket", "the M.2 socket is left out", b => b.RemovePart(b.Socket().Reference)),
        V("DRC002", "pin-names-swapped", "the socket symbol names pad 40 'D2' and pad 42 'D3' (the 2019 rickk2 symbol)", b => RenamePins(b, ("40", "D2"), ("42", "D3"))),
        V("DRC003", "sim-wired", "SIM_VCC (67) goes to a 100 nF capacitor", b => b.AddBetween(Capacitor(b.NextReference("C"), "100n"), "/SIM_VCC", b.Ground()).Connect(b.Socket().Reference, "67", "/SIM_VCC"), eagle: true),
        V("DRC004", "gnd-open", "GND contact 15 is left unconnected", b => b.Disconnect(b.Socket().Reference, "15")),
        V("DRC010", "5v-on-signal", "D4 (66) is pulled up to the USB 5 V by a 10 k resistor", b => b.AddBetween(Resistor(b.NextReference("R"), "10k"), "/SENSOR_OUT", b.Net(16)).Connect(b.Socket().Reference, "66", "/SENSOR_OUT"), eagle: true),
        V("DRC011", "leakage-3v3-cut", "3V3 is switched by a load switch and D22's pull-up stays on the always-on 3.3 V", SwitchedSomSupplyWithLeak),
        V("DRC012", "back-feed-pull-up", "D23 (64) is pulled up to a sensor's own 3.3 V regulator", b => SensorRail(b).AddBetween(Resistor(b.NextReference("R"), "10k"), "/SENSOR_INT", "+3V3_SENSOR").Connect(b.Socket().Reference, "64", "/SENSOR_INT")),
        V("DRC013", "reset-pull-up", "the RST pull-up is left out", b => b.RemovePart(b.Between(b.Net(34), b.Net(10)).Reference), eagle: true),
        V("DRC014", "no-reset-button", "the reset button is left out", b => b.RemovePart(ButtonOn(b, 34))),
        V("DRC015", "mode-pull-up", "MODE (32) is pulled up to a sensor's own 3.3 V regulator", b => SensorRail(b).AddBetween(Resistor(b.NextReference("R"), "10k"), b.Net(32), "+3V3_SENSOR")),
        V("DRC016", "no-mode-button", "the MODE button is left out", b => b.RemovePart(ButtonOn(b, 32))),
        V("DRC017", "rgb-led-wiring", "the red cathode goes straight to RGBR (61): its resistor is replaced by a wire", DirectRedCathode, eagle: true),
        V("DRC018", "no-rgb-led", "the RGB LED and its resistors are left out", RemoveRgbLed),
        V("DRC019", "3v3-supply", "the 3.3 V regulator is left out: nothing feeds 3V3", RemoveSomRegulator),
        V("DRC020", "vcc-supply", "VCC (2/4/6/8) is fed from a 5.0 V regulator", FiveVoltVcc),
        V("DRC021", "vcc-3v3-one-rail", "VCC (2/4/6/8) is on the 3V3 net", b => MoveContacts(b, [2, 4, 6, 8], b.Net(10)), alsoFires: ["DRC020"]),
        V("DRC022", "reserved-wired", "reserved contact 58 goes to a header pin", b => b.AddPart(Header(b.NextReference("J"), 2)).Connect(b.Socket().Reference, "58", "/SOM58").Connect(HeaderRef(b), "1", "/SOM58").Connect(HeaderRef(b), "2", b.Ground())),
        V("DRC023", "nfc-wiring", "NFC1 (17) drives an LED through a resistor", NfcAsGpio),
        V("DRC024", "nfc-not-wired", "NFC1/NFC2 are left unconnected", b => RemoveNfc(b)),
        V("DRC025", "antennas", "the BOM carries only the BLE antenna, no cellular one", b => RemoveAntennas(b).AddPart(Antenna("ANT2", "ANT-FLXV2"))),
        V("DRC026", "pmic-i2c-swapped", "the PMIC's SDA and SCL are swapped", b => b.Connect(Pmic(b), PinOf(b, Pmic(b), "SDA"), b.Net(20)).Connect(Pmic(b), PinOf(b, Pmic(b), "SCL"), b.Net(22)), eagle: true, alsoFires: ["DRC031"]),
        V("DRC027", "pmic-int", "the PMIC's INT goes to A5 (43) instead of A6", b => b.Connect(Pmic(b), PinOf(b, Pmic(b), "INT"), "/PMIC_INT_A5").Connect(b.Socket().Reference, "43", "/PMIC_INT_A5"), alsoFires: ["DRC031"]),
        V("DRC028", "i2c-pull-ups", "the SDA pull-up is left out", b => b.RemovePart(b.Between(b.Net(22), b.Net(10)).Reference), alsoFires: ["DRC031"]),
        V("DRC029", "i2c-pin-as-gpio", "D0 (22) also drives an LED through 1 k", b => { var r = b.NextReference("R"); b.AddBetween(Resistor(r, "1k"), b.Net(22), "/D0_LED"); return b.AddBetween(Led(b.NextReference("D")), "/D0_LED", b.Ground()); }, alsoFires: ["DRC031"]),
        V("DRC030", "pmic-ilim", "the ILIM resistor is 1 k (0.53 A) instead of 332 Ω", b => b.SetValue(b.Between(b.NetOf(Pmic(b), PinOf(b, Pmic(b), "ILIM"))!, b.Ground()).Reference, "1k"), alsoFires: ["DRC031"]),
        V("DRC031", "pmic-detection", "the fuel gauge is left out; the bq24195 stays", b => b.RemovePart(Gauge(b))),
        V("DRC032", "fuel-gauge-alrt", "the gauge's ALRT is left open", b => b.Disconnect(Gauge(b), PinOf(b, Gauge(b), "ALRT")), alsoFires: ["DRC031"]),
        V("DRC033", "ethernet-pins", "a W5500 is added with nCS on D5 (68), as on the Feather wing", b => Subsystems.WithEthernet(b).Connect("U30", "32", "/ETH_CS_D5").Connect(b.Socket().Reference, "68", "/ETH_CS_D5"), eagle: true),
        V("DRC034", "usb-data", "USB D+/D- (11/13) are left unconnected", b => b.Disconnect(b.Socket().Reference, "11").Disconnect(b.Socket().Reference, "13")),
        V("DRC035", "vusb-source", "VUSB (16) is on the VCC net", b => MoveContacts(b, [16], b.Net(2))),
        V("DRC036", "cellular-usb", "CELL USBD+/- (44/46) share the MCU's USB connector", b => b.Connect(b.Socket().Reference, "44", b.Net(11)).Connect(b.Socket().Reference, "46", b.Net(13))),
        V("DRC037", "no-hold-down", "the standoff that holds the SoM down is left out", b => b.RemovePart(b.Parts.First(p => p.Footprint.Contains("Mount", StringComparison.OrdinalIgnoreCase) || p.Value.Contains("standoff", StringComparison.OrdinalIgnoreCase) || p.Reference.StartsWith('H')).Reference)),
        V("DRC038", "analog-on-d5", "an NTC thermistor divider (10 k to 3V3, NTC to GND) is read on D5 (68), which has no ADC", b => b.AddBetween(Resistor(b.NextReference("R"), "10k"), "/NTC", b.Net(10)).AddBetween(Thermistor(b.NextReference("TH"), "10k"), "/NTC", b.Ground()).Connect(b.Socket().Reference, "68", "/NTC")),
        V("DRC039", "pwm-on-d23", "a buzzer switched by a MOSFET (with a gate pull-down) hangs on D23 (64), which has no PWM", b => BuzzerOn(b, 64)),
        V("DRC040", "pwm-group-frequency", "a buzzer on A0 (23) and a PWM-dimmed LED on A1 (33), both in PWM group PWM2", b => DimmedLedOn(BuzzerOn(b, 23), 33)),
        V("DRC041", "d2-d3-shared", "a TMP102 on Wire1 (D2/D3, with pull-ups) and a W25Q32 flash on SPI1 (D2 CLK, D3 DI, D4 DO)", WireAndSpiOnD2D3),
        V("DRC042", "interrupts", "eight TMP102 sensors on Wire put their ALERT outputs on D4-D7, D22, D23, A0 and A1: nine interrupt sources with the PMIC's on A6", EightAlerts),
        V("DRC043", "floating-gate", "D23 (64) drives the gate of a MOSFET that switches an LED, with no pull-down", FloatingGate),
        M("DRC044", "electron", "5v-on-a3", "the Electron's A3 (9), which is not 5 V tolerant, is pulled up to +5V by 10 k", b => b.AddBetween(Resistor("R1", "10k"), "/SENSOR_OUT", "+5V").ConnectPin("A3", "/SENSOR_OUT")),
        MC("DRC044", "electron", "5v-on-a2", "the Electron's A2 (10), which is 5 V tolerant, is pulled up to +5V by 10 k", b => b.AddBetween(Resistor("R1", "10k"), "/SENSOR_OUT", "+5V").ConnectPin("A2", "/SENSOR_OUT")),
        M("DRC045", "tracker-som", "wire-and-wire3", "a TMP102 on Wire (A0/D0, A1/D1) and another on Wire3 (MCU_RX, MCU_TX), each bus with 4.7 k pull-ups", b => TrackerI2c(TrackerI2c(b, "U2", "A0", "A1", "WIRE"), "U3", "MCU_RX", "MCU_TX", "WIRE3")),
        MC("DRC045", "tracker-som", "two-sensors-on-wire", "two TMP102 on Wire (A0/D0, A1/D1) with one pair of 4.7 k pull-ups; MCU_RX/MCU_TX left free", b => TrackerI2c(b, "U2", "A0", "A1", "WIRE").AddPart(Tmp102("U3")).Connect("U3", "6", "/WIRE_SDA").Connect("U3", "1", "/WIRE_SCL").Connect("U3", "2", "GND").Connect("U3", "5", "+3V3").Connect("U3", "4", "+3V3")),
        M("DRC046", "tracker-som", "ntc-and-gate-on-a2", "an NTC divider is read on A2 and a MOSFET gate (100 k pull-down) is driven from D2: the same pin", b => TrackerGate(TrackerNtc(b, "A2"), "A2")),
        MC("DRC046", "tracker-som", "ntc-on-a2-gate-on-d3", "an NTC divider is read on A2 and a MOSFET gate (100 k pull-down) is driven from D3, a pin of its own", b => TrackerGate(TrackerNtc(b, "A2"), "A3")),
        M("DRC047", "electron", "alerts-on-d2-a0", "two TMP102 ALERT outputs (10 k pull-ups) go to D2 and A0, which share one interrupt handler", b => AlertOn(AlertOn(b, "U2", "D2"), "U3", "A0")),
        MC("DRC047", "electron", "alerts-on-d5-d6", "two TMP102 ALERT outputs (10 k pull-ups) go to D5 and D6, which share their handler with no other pin", b => AlertOn(AlertOn(b, "U2", "D5"), "U3", "D6")),
        C("DRC025", "antennas-in-bom", "the BOM carries the B404X's antennas", b => b.AddPart(Antenna("ANT1", "PARANTC41EA")).AddPart(Antenna("ANT2", "ANT-FLXV2"))),
        C("DRC031", "no-pmic", "the bq24195 and MAX17043 are replaced by a 3.8 V regulator from USB", WithoutPmic),
        C("DRC033", "ethernet-w5500", "a W5500 on the pins Device OS expects", Subsystems.WithEthernet),
    ];

    private static SampleVariant V(string id, string slug, string change, Func<SampleBoard, SampleBoard> make, bool eagle = false, string[]? alsoFires = null) =>
        new($"violations/{id}-{slug}", id, change, make, eagle, alsoFires);

    /// <summary>A compliant board for a rule the reference board cannot show silent (or that it does not exercise).</summary>
    private static SampleVariant C(string id, string slug, string change, Func<SampleBoard, SampleBoard> make, bool eagle = false) =>
        new($"compliant/{id}-{slug}", id, change, make, eagle);

    /// <summary>A violating board for a rule about another module: that module's carrier with one change.</summary>
    private static SampleVariant M(string id, string module, string slug, string change, Func<SampleBoard, SampleBoard> make, string[]? alsoFires = null) =>
        new($"violations/{id}-{module}-{slug}", id, change, make, AlsoFires: alsoFires, Module: module);

    /// <summary>A compliant board for a rule about another module: that module's carrier with one change.</summary>
    private static SampleVariant MC(string id, string module, string slug, string change, Func<SampleBoard, SampleBoard> make) =>
        new($"compliant/{id}-{module}-{slug}", id, change, make, Module: module);

    private static string Contact(int contact) => contact.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A TMP102 powered from 3V3 whose open-drain ALERT goes to a module pin, pulled up by 10 k.</summary>
    internal static SampleBoard AlertOn(SampleBoard board, string reference, string pin)
    {
        var net = $"/ALERT_{pin}";
        board.AddPart(Tmp102(reference)).Connect(reference, "3", net).Connect(reference, "2", "GND").Connect(reference, "4", "GND").Connect(reference, "5", "+3V3").ConnectPin(pin, net);
        return board.AddBetween(Resistor(board.NextReference("R"), "10k"), net, "+3V3");
    }

    /// <summary>A TMP102 (its ADD0 to GND) on the Tracker SoM pins <paramref name="sda"/>/<paramref name="scl"/>, with 4.7 k pull-ups to 3V3.</summary>
    internal static SampleBoard TrackerI2c(SampleBoard board, string reference, string sda, string scl, string bus)
    {
        var (sdaNet, sclNet) = ($"/{bus}_SDA", $"/{bus}_SCL");
        board.AddPart(Tmp102(reference)).Connect(reference, "6", sdaNet).Connect(reference, "1", sclNet).Connect(reference, "2", "GND")
            .Connect(reference, "4", "GND").Connect(reference, "5", "+3V3").ConnectPin(sda, sdaNet).ConnectPin(scl, sclNet);
        return board.AddBetween(Resistor(board.NextReference("R"), "4.7k"), sdaNet, "+3V3").AddBetween(Resistor(board.NextReference("R"), "4.7k"), sclNet, "+3V3");
    }

    /// <summary>A 10 k NTC thermistor divider (10 k to 3V3, the NTC to GND) read on a Tracker SoM pin.</summary>
    internal static SampleBoard TrackerNtc(SampleBoard board, string pin) =>
        board.AddBetween(Resistor(board.NextReference("R"), "10k"), "/NTC", "+3V3").AddBetween(Thermistor(board.NextReference("TH"), "10k"), "/NTC", "GND").ConnectPin(pin, "/NTC");

    /// <summary>A 2N7002 switching an LED from 3V3, its gate on the pin's net (or a new one) with a 100 k pull-down.</summary>
    internal static SampleBoard TrackerGate(SampleBoard board, string pin)
    {
        var gate = board.NetOf(ModuleCarriers.ModuleReference, ModuleCarriers.Pad(board, pin)) ?? $"/GATE_{pin}";
        var q = board.NextReference("Q");
        board.AddPart(Mosfet(q)).Connect(q, "1", gate).Connect(q, "2", "GND").Connect(q, "3", "/LED_DRV").ConnectPin(pin, gate);
        board.AddBetween(Resistor(board.NextReference("R"), "100k"), gate, "GND").AddBetween(Resistor(board.NextReference("R"), "1k"), "/LED_DRV", "/LED_K");
        return board.AddBetween(Led(board.NextReference("D")), "/LED_K", "+3V3");
    }

    /// <summary>A buzzer from 3V3 switched low by a 2N7002 whose gate is on the contact, pulled down by 100 k.</summary>
    internal static SampleBoard BuzzerOn(SampleBoard board, int contact)
    {
        var gate = $"/BUZZER_{Contact(contact)}";
        var drain = $"/BUZZER_{Contact(contact)}_DRV";
        var q = board.NextReference("Q");
        board.AddPart(Mosfet(q)).Connect(q, "1", gate).Connect(q, "2", board.Ground()).Connect(q, "3", drain);
        var bz = board.NextReference("BZ");
        board.AddPart(Buzzer(bz)).Connect(bz, "1", drain).Connect(bz, "2", board.Net(10));
        board.AddBetween(Resistor(board.NextReference("R"), "100k"), gate, board.Ground());
        return board.Connect(board.Socket().Reference, Contact(contact), gate);
    }

    /// <summary>An LED dimmed by PWM: the contact, 1 k, the LED to GND, on a net named LED_PWM.</summary>
    internal static SampleBoard DimmedLedOn(SampleBoard board, int contact)
    {
        board.AddBetween(Resistor(board.NextReference("R"), "1k"), "/LED_PWM", "/LED_PWM_A");
        board.AddBetween(Led(board.NextReference("D")), board.Ground(), "/LED_PWM_A");
        return board.Connect(board.Socket().Reference, Contact(contact), "/LED_PWM");
    }

    internal static SampleBoard WireAndSpiOnD2D3(SampleBoard board)
    {
        var socket = board.Socket().Reference;
        var sensor = board.NextReference("U");
        board.AddPart(Tmp102(sensor)).Connect(sensor, "5", board.Net(10)).Connect(sensor, "2", board.Ground()).Connect(sensor, "4", board.Ground())
            .Connect(sensor, "6", "/D2").Connect(sensor, "1", "/D3");
        board.AddBetween(Resistor(board.NextReference("R"), "4.7k"), "/D2", board.Net(10)).AddBetween(Resistor(board.NextReference("R"), "4.7k"), "/D3", board.Net(10));
        var flash = board.NextReference("U");
        board.AddPart(SpiFlash(flash)).Connect(flash, "8", board.Net(10)).Connect(flash, "4", board.Ground()).Connect(flash, "3", board.Net(10)).Connect(flash, "7", board.Net(10))
            .Connect(flash, "6", "/D2").Connect(flash, "5", "/D3").Connect(flash, "2", "/D4").Connect(flash, "1", "/D5");
        return board.Connect(socket, "42", "/D2").Connect(socket, "40", "/D3").Connect(socket, "66", "/D4").Connect(socket, "68", "/D5");
    }

    internal static SampleBoard EightAlerts(SampleBoard board) => Alerts(board, [66, 68, 70, 72, 62, 64, 23, 33]);

    /// <summary>A TMP102 on Wire per contact, its ALERT (pulled up by 10 k) on the contact.</summary>
    internal static SampleBoard Alerts(SampleBoard board, int[] contacts)
    {
        var socket = board.Socket().Reference;
        var address = 0;
        foreach (var contact in contacts)
        {
            var sensor = board.NextReference("U");
            var alert = $"/ALERT_{Contact(contact)}";
            board.AddPart(Tmp102(sensor)).Connect(sensor, "5", board.Net(10)).Connect(sensor, "2", board.Ground())
                .Connect(sensor, "4", address++ % 2 == 0 ? board.Ground() : board.Net(10))
                .Connect(sensor, "6", board.Net(22)).Connect(sensor, "1", board.Net(20)).Connect(sensor, "3", alert);
            board.AddBetween(Resistor(board.NextReference("R"), "10k"), alert, board.Net(10)).Connect(socket, Contact(contact), alert);
        }

        return board;
    }

    /// <summary>A 2N7002 switching an LED (1 k from 3V3) on its drain, gate straight on D23 with nothing holding it low.</summary>
    internal static SampleBoard FloatingGate(SampleBoard board)
    {
        var q = board.NextReference("Q");
        board.AddPart(Mosfet(q)).Connect(q, "1", "/LOAD_GATE").Connect(q, "2", board.Ground()).Connect(q, "3", "/LOAD_K");
        board.AddBetween(Led(board.NextReference("D")), "/LOAD_K", "/LOAD_A");
        board.AddBetween(Resistor(board.NextReference("R"), "1k"), "/LOAD_A", board.Net(10));
        return board.Connect(board.Socket().Reference, "64", "/LOAD_GATE");
    }

    private static string HeaderRef(SampleBoard b) => b.Parts.Last(p => p.Symbol.StartsWith("Conn_01x", StringComparison.Ordinal)).Reference;

    internal static SampleBoard RenamePins(SampleBoard board, params (string Pad, string Name)[] renames)
    {
        var socket = board.Socket();
        var pins = socket.Pins.Select(p => renames.FirstOrDefault(r => r.Pad == p.Number) is { Name: { } name } ? p with { Name = name } : p).ToList();
        var nets = socket.Pins.Select(p => (p.Number, Net: board.NetOf(socket.Reference, p.Number))).ToList();
        board.RemovePart(socket.Reference).AddPart(socket with { Pins = pins, Symbol = socket.Symbol + "_rickk2" });
        foreach (var (pad, net) in nets.Where(n => n.Net is not null)) board.Connect(socket.Reference, pad, net!);
        return board;
    }

    private static SampleBoard MoveContacts(SampleBoard board, int[] contacts, string net)
    {
        var socket = board.Socket().Reference;
        foreach (var c in contacts) board.Connect(socket, c.ToString(System.Globalization.CultureInfo.InvariantCulture), net);
        return board;
    }

    private static string ButtonOn(SampleBoard board, int contact) =>
        board.PartsOn(board.Net(contact)).First(p => p.Symbol.StartsWith("SW", StringComparison.OrdinalIgnoreCase)).Reference;

    /// <summary>A sensor's own 3.3 V LDO, fed from the USB 5 V: a rail that is not the SoM's 3V3.</summary>
    private static SampleBoard SensorRail(SampleBoard board)
    {
        var ldo = board.NextReference("U");
        return board.AddPart(Ldo(ldo)).Connect(ldo, "1", board.Net(16)).Connect(ldo, "3", board.Net(16))
            .Connect(ldo, "2", board.Ground()).Connect(ldo, "5", "+3V3_SENSOR")
            .AddBetween(Capacitor(board.NextReference("C"), "1uF"), "+3V3_SENSOR", board.Ground());
    }

    /// <summary>
    /// The SoM's 3V3 made switchable: a TPS22918 between the always-on 3.3 V and the SoM, enabled from a header, with
    /// every 3V3 load moved to the switched side; then one pull-up (D22) added to the always-on rail.
    /// </summary>
    private static SampleBoard SwitchedSomSupplyWithLeak(SampleBoard board)
    {
        var always = board.Net(10);
        var socket = board.Socket().Reference;
        const string switched = "+3V3_SOM";
        foreach (var (reference, pin) in board.NodesOf(always).ToList())
        {
            var part = board.Part(reference);
            var isSource = part.Pins.First(p => p.Number == pin).Type is "power_out" || part.Symbol.Contains("Regulator", StringComparison.OrdinalIgnoreCase);
            if (!isSource && reference != socket && !IsSourceCapacitor(board, part)) board.Connect(reference, pin, switched);
        }

        board.Connect(socket, "10", switched).Connect(socket, "12", switched);
        var sw = board.NextReference("U");
        board.AddPart(LoadSwitch(sw)).Connect(sw, "1", always).Connect(sw, "6", switched).Connect(sw, "2", board.Ground()).Connect(sw, "3", "/SOM_POWER_EN");
        var header = board.NextReference("J");
        board.AddPart(Header(header, 2)).Connect(header, "1", "/SOM_POWER_EN").Connect(header, "2", board.Ground());
        return board.AddBetween(Resistor(board.NextReference("R"), "10k"), "/D22_INT", always).Connect(socket, "62", "/D22_INT");
    }

    private static bool IsSourceCapacitor(SampleBoard board, SamplePart part) => part.Symbol is "C" or "C_Small" or "CP";

    private static SampleBoard FiveVoltVcc(SampleBoard board)
    {
        var ldo = board.NextReference("U");
        board.AddPart(Ldo(ldo, "AP7361C-5.0")).Connect(ldo, "1", board.Net(16)).Connect(ldo, "3", board.Net(16))
            .Connect(ldo, "2", board.Ground()).Connect(ldo, "5", "+5V");
        return MoveContacts(board, [2, 4, 6, 8], "+5V");
    }

    private static string Pmic(SampleBoard board) => board.Parts.First(p => p.Value.Contains("BQ2419", StringComparison.OrdinalIgnoreCase)).Reference;

    private static string Gauge(SampleBoard board) => board.Parts.First(p => p.Value.Contains("MAX1704", StringComparison.OrdinalIgnoreCase)).Reference;

    /// <summary>The pad of a pin by function name ("SDA", "~{INT}" for "INT").</summary>
    private static string PinOf(SampleBoard board, string reference, string function) =>
        board.Part(reference).Pins.First(p => p.Name.Replace("~{", "").Replace("}", "").Equals(function, StringComparison.OrdinalIgnoreCase)).Number;

    /// <summary>No PMIC or gauge: a 3.8 V regulator from USB makes the VCC rail the PMIC's SYS made.</summary>
    private static SampleBoard WithoutPmic(SampleBoard board)
    {
        var vcc = board.Net(2);
        var pmic = Pmic(board);
        board.RemovePart(pmic).RemovePart(Gauge(board));
        var ldo = board.NextReference("U");
        return board.AddPart(Ldo(ldo, "AP7361C-3.8")).Connect(ldo, "1", board.Net(16)).Connect(ldo, "3", board.Net(16))
            .Connect(ldo, "2", board.Ground()).Connect(ldo, "5", vcc);
    }

    private static SampleBoard DirectRedCathode(SampleBoard board)
    {
        var red = board.Net(61);
        var resistor = board.PartsOn(red).First(p => p.IsResistor());
        var cathodeNet = board.OtherNet(resistor, red);
        board.RemovePart(resistor.Reference);
        return board.MergeNet(cathodeNet, red);
    }

    private static SampleBoard RemoveRgbLed(SampleBoard board)
    {
        foreach (var contact in new[] { 61, 63, 65 })
        {
            var net = board.Net(contact);
            var resistor = board.PartsOn(net).First(p => p.IsResistor());
            var cathodeNet = board.OtherNet(resistor, net);
            var led = board.PartsOn(cathodeNet).FirstOrDefault(p => !p.IsResistor());
            board.RemovePart(resistor.Reference);
            if (led is not null && board.HasPart(led.Reference)) board.RemovePart(led.Reference);
        }

        return board;
    }

    private static SampleBoard RemoveSomRegulator(SampleBoard board)
    {
        var regulator = board.PartsOn(board.Net(10)).First(p => p.Pins.Any(pin => pin.Type == "power_out" && board.NetOf(p.Reference, pin.Number) == board.Net(10)));
        return board.RemovePart(regulator.Reference);
    }

    private static SampleBoard NfcAsGpio(SampleBoard board)
    {
        RemoveNfc(board);
        var socket = board.Socket().Reference;
        board.Connect(socket, "17", "/NFC1_LED");
        board.AddBetween(Resistor(board.NextReference("R"), "1k"), "/NFC1_LED", "/NFC1_LED_K");
        return board.AddBetween(Led(board.NextReference("D")), "/NFC1_LED_K", board.Ground());
    }

    private static SampleBoard RemoveNfc(SampleBoard board)
    {
        foreach (var contact in new[] { 17, 19 })
        {
            if (board.NetOrNull(contact) is not { } net) continue;
            foreach (var part in board.PartsOn(net).Where(p => p.Reference != board.Socket().Reference).ToList())
            {
                if (board.HasPart(part.Reference)) board.RemovePart(part.Reference);
            }

            board.Disconnect(board.Socket().Reference, contact.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return board;
    }

    private static SampleBoard RemoveAntennas(SampleBoard board)
    {
        foreach (var part in board.Parts.Where(p => p.Pins.Count == 0 && p.Reference.StartsWith("ANT", StringComparison.Ordinal)).ToList())
        {
            board.RemovePart(part.Reference);
        }

        return board;
    }
}
