using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// Short runs: one process, 2 warm-ups, 5 measured iterations, with allocations. The benchmark machine is shared
/// (2 cores, several builds at once), so this trades statistical polish for a run of a few minutes.
/// </summary>
internal sealed class QuickConfig : ManualConfig
{
    public QuickConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithId("Quick"));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
