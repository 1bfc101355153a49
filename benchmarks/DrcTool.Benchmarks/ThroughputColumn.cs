using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DrcTool.Benchmarks;

/// <summary>MB/s: the input's size (from its <see cref="InputFile"/> or <see cref="Scale.ScaleCase"/> parameter) over the mean time.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => "Throughput";
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) read per second, from the mean";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = InputSize(benchmarkCase);
        var report = summary[benchmarkCase];
        if (size is null || report?.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        var seconds = stats.Mean / 1e9;
        return (size.Value / 1e6 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static long? InputSize(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            switch (parameter.Value)
            {
                case InputFile file: return file.Size;
                case Scale.ScaleCase scale: return scale.Size;
            }
        }

        return null;
    }

    public override string ToString() => ColumnName;
}
