using System;
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
