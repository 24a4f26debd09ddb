using System;
using System.Collections.Generic;
using FactsGenerator.Extraction;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// `report` mode, no BenchmarkDotNet: the first generator run of a fresh process (JIT included, as in a build
/// where the compiler loads the generator anew) and the size of the generated code per document.
/// </summary>
internal static class SizeReport
{
    public static void Print(Corpus corpus)
    {
        Console.WriteLine($"Corpus: {corpus.Folder}: {corpus.Articles.Count} files, {corpus.Megabytes:F2} MB UTF-8, {corpus.Utf8Bytes / corpus.Articles.Count:N0} bytes per file on average.");
        Console.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}.");

        // Fresh process, nothing jitted yet: the first run is the one a command-line build pays.
        var firstFiles = Consumer.Files(corpus.Documents(1000));
        var watch = Stopwatch.StartNew();
        Consumer.CreateDriver(firstFiles).RunGenerators(Consumer.CreateCompilation());
        watch.Stop();
        Console.WriteLine($"First generator run in this process (1000 documents, JIT included): {watch.Elapsed.TotalMilliseconds:F0} ms.");
        Console.WriteLine();

        Console.WriteLine("Stopwatch and CPU time, best of 5 (CPU time is the load-independent figure on a shared machine):");
        var engine = CpuTimer.Best(5, () =>
        {
            foreach (var article in corpus.Articles)
            {
                FactExtractor.Extract(article.Text);
            }
        });
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Engine, whole corpus: {0:F0} ms wall ({1:F1} MB/s), {2:F0} ms CPU ({3:F1} MB/s).",
            engine.WallMs, corpus.Megabytes / (engine.WallMs / 1000), engine.CpuMs, corpus.Megabytes / (engine.CpuMs / 1000)));
        // One more pass to count what the engine allocates (this thread only; the engine is single-threaded).
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var article in corpus.Articles)
        {
            FactExtractor.Extract(article.Text);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Engine allocation: {0:F1} MB per pass, {1:F0} bytes allocated per byte of text.",
            allocated / 1e6, allocated / (double)corpus.Utf8Bytes));
        var cold = new Dictionary<int, (double WallMs, double CpuMs)>();
        foreach (var count in new[] { 1, 100, 1000 })
        {
            var files = Consumer.Files(corpus.Documents(count));
            var compilation = Consumer.CreateCompilation();
            cold[count] = CpuTimer.Best(5, () => Consumer.CreateDriver(files).RunGenerators(compilation));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Generator cold, {0} documents: {1:F1} ms wall, {2:F0} ms CPU.", count, cold[count].WallMs, cold[count].CpuMs));
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "- Scaling 100 -> 1000 documents: x{0:F1} wall, x{1:F1} CPU (target <= x12).",
            cold[1000].WallMs / cold[100].WallMs, cold[1000].CpuMs / cold[100].CpuMs));
        Console.WriteLine();

        Console.WriteLine("| Documents | Generated files | Generated total (bytes) | Per-document file, mean (bytes) | Shared files (bytes) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var count in new[] { 1, 100, 1000 })
        {
            var sources = Consumer.GeneratedSources(Consumer.CreateDriver(Consumer.Files(corpus.Documents(count))).RunGenerators(Consumer.CreateCompilation()));
            var sizes = sources.ToDictionary(s => s.HintName, s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()), StringComparer.Ordinal);
            var shared = sizes.Where(s => IsSharedFile(s.Key)).Sum(s => s.Value);
            var perDocument = sizes.Where(s => !IsSharedFile(s.Key)).Select(s => s.Value).DefaultIfEmpty(0).Average();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0:N0} | {1:N0} | {2:N0} | {3:N0} | {4:N0} |", count, sizes.Count, sizes.Values.Sum(), perDocument, shared));
        }
    }

    // The types file and the index (Facts.g.cs) are emitted once per project, whatever the number of documents.
    private static bool IsSharedFile(string hintName) => hintName is "Facts.g.cs" || hintName.StartsWith("FactsGenerator.", StringComparison.Ordinal);
}
