using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// Turns "time and allocation per pass over the corpus" into the figures that compare across corpora:
/// MB/s and allocated bytes per MB of text. Computed in the host process from the corpus it also loads.
/// </summary>
internal sealed class CorpusColumn : IColumn
{
    public static readonly IColumn MegabytesPerSecond = new CorpusColumn("MB/s", perSecond: true);
    public static readonly IColumn AllocatedPerMegabyte = new CorpusColumn("Alloc/MB", perSecond: false);

    private readonly bool perSecond;

    private CorpusColumn(string name, bool perSecond)
    {
        ColumnName = name;
        this.perSecond = perSecond;
    }

    public string Id => nameof(CorpusColumn) + "." + ColumnName;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => perSecond ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perSecond
        ? "Megabytes (10^6 bytes of UTF-8) of corpus text extracted per second"
        : "Bytes allocated per megabyte of corpus text";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "-";
        }

        var megabytes = Corpus.Load().Megabytes;
        if (perSecond)
        {
            var seconds = report.ResultStatistics.Mean / 1e9;
            return (megabytes / seconds).ToString("F1", CultureInfo.InvariantCulture);
        }

        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes ? (bytes / megabytes).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
