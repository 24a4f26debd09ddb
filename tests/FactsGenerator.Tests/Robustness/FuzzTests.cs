using System;
using System.Linq;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// A bounded, deterministic fuzz run: 300 damaged news documents (fixed seed) in batches of 30 per compilation.
/// A failure names the seed and case, and quotes the document (see <see cref="HostileRun.AssertNoInternalError"/>).
/// </summary>
public class FuzzTests
{
    private const int Seed = 5_2026;
    private const int Batches = 10;
    private const int DocumentsPerBatch = 30;

    [Fact]
    public void MutatedSentencesNeverBreakTheBuild()
    {
        var mutator = new SentenceMutator(Seed);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var batch = 0; batch < Batches; batch++)
        {
            var documents = Enumerable.Range(0, DocumentsPerBatch)
                .Select(i => new TestDocument($"/fuzz/seed{Seed}/case{(batch * DocumentsPerBatch) + i}.txt", mutator.Next()))
                .ToList();

            var result = HostileRun.Run(documents, HostileRun.Large);

            // Every document is accounted for: a generated file, or a diagnostic saying why not.
            var skipped = result.Diagnostics.Where(d => d.Id is "FACTS001" or "FACTS002" or "FACTS004").Select(d => d.Location.GetLineSpan().Path).Distinct().Count();
            Assert.Equal(documents.Count, result.HintNames.Count(h => h.StartsWith("Facts.Case", StringComparison.Ordinal)) + skipped);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(100), $"The fuzz run took {watch.Elapsed.TotalSeconds:F0} s.");
    }
}
