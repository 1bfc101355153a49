using DrcTool.Core.Checks;
using DrcTool.Core.Import;
using DrcTool.Reporting.Sarif;
using DrcTool.Reporting.Tests.Csv;

namespace DrcTool.Reporting.Tests.Sarif;

/// <summary>SARIF from real boards (the reference board and ../shared's Eagle designs) is valid and fully located.</summary>
public class RealBoardSarifTests
{
    private static ReportRun RealRun()
    {
        var files = new List<string> { Path.Combine(RepoPaths.SampleBoards, "reference-board", "reference-board.net") };
        files.AddRange(Directory.GetFiles(RepoPaths.SharedFile("boards"), "*.sch", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        files.Add(RepoPaths.SharedFile("boards", "an001-basic-som-design", "SomTest1.brd"));
        var designs = new List<DesignReport>();
        foreach (var file in files)
        {
            DesignOutcome outcome;
            try
            {
                outcome = DesignOutcome.Checked(file, DesignChecker.Check(DesignLoader.Default.Load(file), CheckOptions.Default));
            }
            catch (DesignReadException ex)
            {
                outcome = DesignOutcome.Unreadable(ex);
            }

            designs.Add(ReportMapper.Map(outcome));
        }

        return new ReportRun
        {
            Designs = designs,
            Rules = RuleCatalog.Default.Rules.Select(r => r.Descriptor).ToList(),
            BaseDirectory = RepoPaths.Root,
            HelpBaseUri = new Uri("https://example.org/drctool/blob/main/"),
        };
    }

    [SharedFact]
    public void Sarif_from_real_boards_is_valid_and_every_result_has_a_file_and_a_line()
    {
        var run = RealRun();
        var sarif = JsonDocument.Parse(CsvWriterTests.Bytes(new SarifWriter(), run)).RootElement;
        SarifSchema.Validate(sarif).ShouldBeEmpty();

        var results = sarif.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Count.ShouldBe(run.Designs.Sum(d => d.Findings.Count));
        results.Count.ShouldBeGreaterThan(0);
        foreach (var result in results)
        {
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            File.Exists(Path.Combine(RepoPaths.Root, Uri.UnescapeDataString(uri))).ShouldBeTrue(uri);
            physical.GetProperty("region").GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }

        var rules = sarif.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        rules.GetArrayLength().ShouldBe(RuleCatalog.Default.Rules.Count);
    }

    [SharedFact]
    public void Fingerprints_are_the_same_on_a_second_run()
    {
        static List<string> Fingerprints() =>
            JsonDocument.Parse(CsvWriterTests.Bytes(new SarifWriter(), RealRun())).RootElement.GetProperty("runs")[0].GetProperty("results")
                .EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty(SarifFingerprint.Key).GetString()!).ToList();

        Fingerprints().ShouldBe(Fingerprints());
    }
}
