using System;
using System.Diagnostics;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// Wall time and process CPU time of an action, best of several runs. On a shared machine wall time includes
/// waiting for a core; CPU time of single-threaded work is what it would take on an idle core.
/// </summary>
internal static class CpuTimer
{
    public static (double WallMs, double CpuMs) Best(int runs, Action action)
    {
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            process.Refresh();
            bestWall = Math.Min(bestWall, watch.Elapsed.TotalMilliseconds);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        return (bestWall, bestCpu);
    }
}
