using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Reporting.Model;
using DrcTool.TestSupport;

namespace DrcTool.Reporting.Tests.Model;

/// <summary>The report model built from real check results of the project's sample boards.</summary>
public class ReportMapperTests
{
    private static DesignReport Map(params string[] sampleBoard)
    {
        var file = Path.Combine([RepoPaths.SampleBoards, .. sampleBoard]);
        return ReportMapper.Map(DesignOutcome.Checked(file, DesignChecker.Check(DesignLoader.Default.Load(file), CheckOptions.Default)));
    }

    [Fact]
    public void The_reference_board_maps_every_contact_with_its_net_rail_and_parts()
    {
        var report = Map("reference-board", "reference-board.net");
        report.Format.ShouldBe("kicad-net");
        report.Variant.ShouldBe("B404X");
        report.SocketReference.ShouldBe("J1");
        var contacts = Enumerable.Range(1, 23).Concat(Enumerable.Range(32, 44)).ToList();
        report.PinMap.Select(p => p.Contact).Where(c => c <= 75).ShouldBe(contacts);

        var threeVolts = report.PinMap.Single(p => p.Contact == 10);
        threeVolts.SomPin.ShouldBe("3V3");
        threeVolts.Net.ShouldBe("+3V3");
        threeVolts.Volts.ShouldBe(3.3);
        threeVolts.Parts.ShouldContain(p => p.StartsWith("U3."));
        threeVolts.Parts.ShouldNotContain(p => p.StartsWith("J1."));
        report.PinMap.Single(p => p.Contact == 1).Volts.ShouldBe(0);
        report.PinMap.Single(p => p.Contact == 14).Status.ShouldBe(PinStatus.Unconnected);
        report.PinMap.Single(p => p.Contact == 34).Status.ShouldBe(PinStatus.Ok);

        report.Rails.ShouldContain(r => r.Net == "+3V3" && r.Volts == 3.3);
        report.Rails.Select(r => r.Net).ShouldBeUnique();
        report.Error.ShouldBeNull();
        report.Findings.ShouldAllBe(f => f.Severity == Severity.Note);
    }

    [Fact]
    public void A_contact_with_a_finding_takes_its_severity_as_status()
    {
        var report = Map("violations", "DRC013-reset-pull-up", "DRC013-reset-pull-up.net");
        var rst = report.PinMap.Single(p => p.Contact == 34);
        rst.Rules.ShouldContain("DRC013");
        rst.Status.ShouldBe(PinStatus.Error);
        report.Outcome(Severity.Error).ShouldBe(DesignVerdict.Fail);
    }

    [Fact]
    public void A_read_error_maps_to_a_design_error_with_its_location()
    {
        var error = new DesignReadException("/x/broken.kicad_pcb", 12, 4, "unexpected end of file");
        var report = ReportMapper.Map(DesignOutcome.Unreadable(error));
        report.Error.ShouldBe(new DesignError("/x/broken.kicad_pcb:12:4: unexpected end of file", "/x/broken.kicad_pcb", 12, 4));
        report.Outcome(Severity.Note).ShouldBe(DesignVerdict.Unreadable);
        report.PinMap.ShouldBeEmpty();
    }
}
