using DrcTool.TestSupport;

namespace DrcTool.Core.Tests.Rules;

/// <summary>The golden-file harness itself: received files, the accept script and the "may also fire" list.</summary>
public sealed class GoldenHarnessTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("drctool-approval-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("x.net.approved.txt", "x.net.received.txt")]
    [InlineData("reference-board.net.approved.json", "reference-board.net.received.json")]
    [InlineData("reference-board.net.junit.approved.xml", "reference-board.net.junit.received.xml")]
    [InlineData("reference-board.net.xlsx.approved.txt", "reference-board.net.xlsx.received.txt")]
    public void The_received_file_is_the_approved_name_with_received_in_its_place(string approved, string received) =>
        Path.GetFileName(Approval.ReceivedPath(Path.Combine("a", approved))).ShouldBe(received);

    [Fact]
    public void A_mismatch_writes_the_received_file_and_says_how_to_accept_it_and_a_match_removes_it()
    {
        var approved = Path.Combine(_dir.FullName, "b.net.approved.txt");
        File.WriteAllText(approved, "# b\nline one\n");

        var failure = Should.Throw<Xunit.Sdk.XunitException>(() => Approval.Verify("# b\nline two\n", approved, "DRC099 fires."));
        failure.Message.ShouldContain("DRC099 fires.");
        failure.Message.ShouldContain("approved: line one");
        failure.Message.ShouldContain("received: line two");
        failure.Message.ShouldContain(Approval.AcceptCommand);
        var received = Path.Combine(_dir.FullName, "b.net.received.txt");
        File.ReadAllText(received).ShouldBe("# b\nline two\n");

        Approval.Verify("# b\r\nline one\r\n", approved);
        File.Exists(received).ShouldBeFalse("a passing run removes the stale received file");
    }

    [Fact]
    public void A_missing_approved_file_fails_and_leaves_the_output_to_read()
    {
        var approved = Path.Combine(_dir.FullName, "new.net.approved.txt");
        Should.Throw<Xunit.Sdk.XunitException>(() => Approval.Verify("# new\n", approved)).Message.ShouldContain("does not exist yet");
        File.ReadAllText(Path.Combine(_dir.FullName, "new.net.received.txt")).ShouldBe("# new\n");
    }

    [Fact]
    public void The_accept_script_moves_the_named_received_file_over_its_approved_file()
    {
        var approved = Path.Combine(_dir.FullName, "c.net.approved.json");
        var received = Path.Combine(_dir.FullName, "c.net.received.json");
        File.WriteAllText(approved, "old");
        File.WriteAllText(received, "new");

        var (exit, stdout, stderr) = ExternalTool.Run("bash", [Path.Combine(RepoPaths.Root, Approval.AcceptCommand), received], null, TimeSpan.FromMinutes(1));

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain("accepted");
        File.ReadAllText(approved).ShouldBe("new");
        File.Exists(received).ShouldBeFalse();
    }

    [Fact]
    public void The_may_also_fire_list_reads_back_and_its_changes_are_named()
    {
        FocusedFindings.MayAlsoFire("# b\n# may also fire: DRC025, DRC031\n\nerror DRC027\n").ShouldBe(["DRC025", "DRC031"]);
        FocusedFindings.MayAlsoFire("# b\n# may also fire: none\n").ShouldBeEmpty();
        FocusedFindings.MayAlsoFire("# an old file\n").ShouldBeNull();

        var changes = FocusedFindings.ListChanges(["DRC025", "DRC030"], ["DRC025", "DRC031"]);
        changes.ShouldContain("DRC031 fires but is not in");
        changes.ShouldContain("DRC030 is in the 'may also fire' list but no longer fires");
        FocusedFindings.ListChanges(["DRC025"], ["DRC025"]).ShouldBeEmpty();
    }

    [Fact]
    public void A_sample_boards_rule_is_the_one_its_folder_names()
    {
        SampleBoardFiles.RuleOf("violations/DRC010-5v-on-signal").ShouldBe("DRC010");
        SampleBoardFiles.RuleOf("compliant/DRC031-no-pmic/").ShouldBe("DRC031");
        Should.Throw<ArgumentException>(() => SampleBoardFiles.RuleOf("violations/no-rule"));
    }
}
