using DrcTool.Core.Checks;
using DrcTool.Core.Model;
using DrcTool.Reporting.Model;

namespace DrcTool.Reporting.Tests.Support;

/// <summary>Report runs written by hand for the writer tests: what each cell should hold is known without running the checks.</summary>
public static class SampleRuns
{
    public const string BaseDirectory = "/repo";

    public static readonly string[] HostileNames =
    [
        "=HYPERLINK(\"http://x\",\"y\")",
        "@SUM(A1)",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "\t=1+1",
    ];

    public static readonly IReadOnlyList<RuleDescriptor> Rules =
    [
        new("DRC001", "SoM socket found", "The M.2 socket for the SoM is found", "Binding", Severity.Error, "docs/rules/DRC001.md"),
        new("DRC010", "No 5 V on a SoM signal pin", "{pin} reaches {rail} through {path}", "Signal", Severity.Error, "docs/rules/DRC010.md"),
        new("DRC011", "RST needs a pull-up to 3V3", "RST ({contact}) has no pull-up", "Reset", Severity.Warning, "docs/rules/DRC011.md"),
        new("DRC020", "NFC antenna connector", "NFC is not wired", "Radio", Severity.Note, "docs/rules/DRC020.md"),
    ];

    public static Finding FiveVolt(string file, int line, string net = "+5V") => new()
    {
        RuleId = "DRC010",
        Severity = Severity.Error,
        Message = $"D7 (contact 36) reaches {net} (5.00 V) through R4 10k: the B-SoM has no 5 V tolerant pin",
        SomPins = ["D7"],
        Contacts = [36],
        Nets = ["/LED", net],
        Parts = ["R4", "J1.36"],
        Path = ["D7 (36)", "net /LED", "R4 10k", $"net {net}"],
        Location = new SourceLocation(file, line, 5),
        FixHint = "Pull up to the SoM's 3V3 instead, or add a level shifter.",
    };

    public static Finding ResetPullUp(string file, string? waiver = null) => new()
    {
        RuleId = "DRC011",
        Severity = Severity.Warning,
        Message = "RST (contact 34) on net /RESET has no pull-up to 3V3",
        SomPins = ["RST"],
        Contacts = [34],
        Nets = ["/RESET"],
        Parts = ["J1.34"],
        Location = new SourceLocation(file, 120, 3),
        FixHint = "Fit 10k from RST to 3V3.",
        WaiverReason = waiver,
    };

    public static Finding NfcNote(string file) => new()
    {
        RuleId = "DRC020",
        Severity = Severity.Note,
        Message = "NFC1/NFC2 (17/19) are not wired: the NFC tag cannot work",
        SomPins = ["NFC1", "NFC2"],
        Contacts = [17, 19],
        // No location: the writers must still give a file and a line.
    };

    public static IReadOnlyList<PinMapRow> PinMap(params (int Contact, string Pin, string? Net, PinStatus Status)[] overrides)
    {
        var rows = new List<PinMapRow>();
        var contacts = Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 44)).ToList();
        foreach (var contact in contacts)
        {
            var o = overrides.FirstOrDefault(x => x.Contact == contact);
            rows.Add(o.Pin is null
                ? new PinMapRow(contact, $"P{contact}", null, null, null, [], PinStatus.Unconnected, [])
                : new PinMapRow(contact, o.Pin, o.Net, o.Net is "+3V3" or "3V3" ? o.Net : null, o.Net is "+3V3" or "3V3" ? 3.3 : null,
                    o.Net is null ? [] : ["R1.2", "U2.4"], o.Status, o.Status >= PinStatus.Note ? ["DRC010"] : []));
        }

        return rows;
    }

    /// <summary>Two readable designs (one with a formula-like net name) and one unreadable file.</summary>
    public static ReportRun Mixed(string? hostileNet = null, Severity failLevel = Severity.Error)
    {
        var good = "/repo/boards/alpha/alpha.sch";
        var bad = "/repo/boards/beta/Beta Board.kicad_pcb";
        var net = hostileNet ?? HostileNames[0];
        return new ReportRun
        {
            BaseDirectory = BaseDirectory,
            Rules = Rules,
            FailLevel = failLevel,
            ToolVersion = "1.2.3",
            Designs =
            [
                new DesignReport
                {
                    File = good,
                    Format = "eagle-sch",
                    ModuleName = "B-Series SoM",
                    ModuleId = "b-som",
                    Variant = "B404X",
                    SocketReference = "J1",
                    PinMap = PinMap((10, "3V3", "+3V3", PinStatus.Ok), (34, "RST", "/RESET", PinStatus.Warning), (36, "D7", net, PinStatus.Error)),
                    Rails =
                    [
                        new RailRow("+3V3", 3.3, "net name '+3V3'", true, "U3 TPS22918 load switch"),
                        new RailRow("+5V", 5, "net name '+5V'", false, null),
                        new RailRow(net, 5, "U4 output", false, null),
                    ],
                    Findings = [FiveVolt(good, 42, net), ResetPullUp(good), NfcNote(good)],
                },
                new DesignReport
                {
                    File = bad,
                    Format = "kicad-pcb",
                    Error = new DesignError($"{bad}:17:3: unbalanced parentheses", bad, 17, 3),
                },
                new DesignReport
                {
                    File = "/repo/boards/gamma/gamma.brd",
                    Format = "eagle-brd",
                    ModuleName = "B-Series SoM",
                    ModuleId = "b-som",
                    Variant = "B524",
                    SocketReference = "U1",
                    PinMap = PinMap((10, "3V3", "3V3", PinStatus.Ok)),
                    Findings = [ResetPullUp("/repo/boards/gamma/gamma.brd", waiver: "RST pulled up on the SoM carrier, see ECO-12")],
                },
            ],
            UnmatchedWaivers = [new UnmatchedWaiver("DRC030", "/SIM_VCC", "test point only", "/repo/boards/drctool.yaml")],
        };
    }
}
