using DrcTool.Reporting.Output;

namespace DrcTool.Reporting.Tests.Output;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("drctool-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_whole_file_and_leaves_no_temporary_file()
    {
        var path = Path.Combine(_folder, "out", "report.md");
        AtomicFileWriter.Write(path, s => s.Write("hello"u8), []);
        File.ReadAllText(path).ShouldBe("hello");
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path]);
    }

    [Fact]
    public void A_failing_writer_leaves_the_old_report_and_no_half_written_file()
    {
        var path = Path.Combine(_folder, "report.csv");
        File.WriteAllText(path, "old");
        Should.Throw<InvalidOperationException>(() => AtomicFileWriter.Write(path, s =>
        {
            s.Write("half of the new"u8);
            throw new InvalidOperationException("writer failed");
        }, []));
        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_folder).ShouldBe([path]);
    }

    [Fact]
    public void Never_writes_over_an_input_design()
    {
        var design = Path.Combine(_folder, "board.kicad_pcb");
        File.WriteAllText(design, "(kicad_pcb)");
        var ex = Should.Throw<ReportWriteException>(() =>
            AtomicFileWriter.Write(Path.Combine(_folder, ".", "board.kicad_pcb"), s => s.Write("x"u8), [design]));
        ex.Message.ShouldContain("input design");
        File.ReadAllText(design).ShouldBe("(kicad_pcb)");
    }

    [Fact]
    public void Report_formats_come_from_the_extension()
    {
        ReportFormats.FromPath("out/r.xlsx").ShouldBe(ReportFormat.Excel);
        ReportFormats.FromPath("r.CSV").ShouldBe(ReportFormat.Csv);
        ReportFormats.FromPath("r.pins.csv").ShouldBe(ReportFormat.PinMapCsv);
        ReportFormats.FromPath("r.sarif").ShouldBe(ReportFormat.Sarif);
        ReportFormats.FromPath("r.sarif.json").ShouldBe(ReportFormat.Sarif);
        ReportFormats.FromPath("r.json").ShouldBe(ReportFormat.Json);
        ReportFormats.FromPath("junit.xml").ShouldBe(ReportFormat.JUnit);
        ReportFormats.FromPath("summary.md").ShouldBe(ReportFormat.Markdown);
        ReportFormats.FromPath("r.txt").ShouldBeNull();
        ReportFormats.PinMapPathBeside(Path.Combine("out", "r.csv")).ShouldBe(Path.Combine("out", "r.pins.csv"));
        new ReportFiles().Validate(["a.xlsx", "b.txt"])!.ShouldContain("b.txt");
    }
}
