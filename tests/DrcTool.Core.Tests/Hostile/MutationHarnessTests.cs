using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace DrcTool.Core.Tests.Hostile;

/// <summary>
/// The hostile-input harness: thousands of deterministic mutations per format (truncation, bit flips, inserted
/// bytes, NULs and invalid UTF-8, unbalanced parentheses, other formats spliced in or under the wrong extension,
/// deep nesting, huge tokens), each of which must load or fail with a located <see cref="DrcTool.Core.Import.DesignReadException"/>.
/// </summary>
/// <remarks>
/// DRCTOOL_MUTATIONS sets the cases per format (default 2000); DRCTOOL_MUTATION_SEED shifts every seed, for a
/// longer local hunt. A failing case prints its seed; its input is written to the temp folder for a look.
/// </remarks>
public sealed class MutationHarnessTests(ITestOutputHelper output)
{
    private static readonly string[] Extensions = [".kicad_pcb", ".net", ".kicad_sch", ".sch", ".brd", ".txt"];

    public static int CasesPerFormat =>
        int.TryParse(Environment.GetEnvironmentVariable("DRCTOOL_MUTATIONS"), out var cases) && cases > 0 ? cases : 2000;

    private static int SeedBase =>
        int.TryParse(Environment.GetEnvironmentVariable("DRCTOOL_MUTATION_SEED"), out var seed) ? seed : 0;

    public static TheoryData<string> Formats() => new(MutationSeeds.Formats);

    [Theory]
    [MemberData(nameof(Formats))]
    public void Mutated_files_load_or_fail_with_a_located_error(string format)
    {
        var seeds = MutationSeeds.For(format);
        seeds.ShouldNotBeEmpty($"the project writes its own {format} seed");

        var failures = new List<string>();
        var loaded = 0;
        var clock = Stopwatch.StartNew();
        var slowest = (Case: -1, Time: TimeSpan.Zero);
        for (var i = 0; i < CasesPerFormat && failures.Count < 20; i++)
        {
            var seed = seeds[i % seeds.Count];
            // Stable across runs (string hash codes are randomised per process).
            var caseSeed = SeedBase + i * 7919 + MutationSeeds.Formats.ToList().IndexOf(format) * 1_000_003;
            var (bytes, what) = Mutator.Mutate(seed.Bytes, MutationSeeds.OtherFormatsText, caseSeed);
            // One case in ten goes under another format's extension: the content, not the name, must decide.
            var extension = i % 10 == 3 ? Extensions[i / 10 % Extensions.Length] : seed.Extension;
            var path = $"mutant-{format}-{i}{extension}";
            var outcome = HostileInput.Run(path, bytes);
            if (outcome.Design is not null) loaded++;
            if (outcome.Elapsed > slowest.Time) slowest = (i, outcome.Elapsed);
            if (!outcome.Passed)
            {
                failures.Add($"case {i} (seed {caseSeed}) on {seed.Name}: {what}: {outcome.Failure} [input: {Keep(path, bytes)}]");
            }
        }

        output.WriteLine($"{format}: {CasesPerFormat} cases from {seeds.Count} seed file(s) in {clock.Elapsed.TotalSeconds:0.0} s; " +
                         $"{loaded} loaded, the rest refused with a located error; slowest case {slowest.Case} took {slowest.Time.TotalMilliseconds:0} ms");
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    [Fact]
    public void Every_seed_loads_under_every_extension_as_its_content_says()
    {
        foreach (var format in new[] { "kicad_pcb", "net" })
        {
            foreach (var seed in MutationSeeds.For(format))
            {
                var expected = DrcTool.Core.Import.DesignLoader.Default.Load("seed" + seed.Extension, seed.Bytes).Format;
                foreach (var extension in Extensions)
                {
                    var outcome = HostileInput.Run("swapped" + extension, seed.Bytes);
                    outcome.Failure.ShouldBeNull($"{seed.Name} as {extension}");
                    outcome.Design.ShouldNotBeNull().Format.ShouldBe(expected, $"{seed.Name} as {extension}");
                }
            }
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_mutation()
    {
        var original = Encoding.UTF8.GetBytes(Import.KiCad.KiCadBoardSamples.KiCad8);
        for (var seed = 0; seed < 200; seed++)
        {
            var first = Mutator.Mutate(original, MutationSeeds.OtherFormatsText, seed);
            var second = Mutator.Mutate(original, MutationSeeds.OtherFormatsText, seed);
            second.What.ShouldBe(first.What);
            second.Bytes.SequenceEqual(first.Bytes).ShouldBeTrue($"seed {seed}");
        }
    }

    private static string Keep(string name, byte[] bytes)
    {
        try
        {
            var folder = Path.Combine(Path.GetTempPath(), "drctool-mutations");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            return path;
        }
        catch (IOException)
        {
            return "(not written)";
        }
    }
}
