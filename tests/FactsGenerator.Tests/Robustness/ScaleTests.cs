using System;
using System.Linq;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>Many documents: equal file names in many folders, and ten thousand tiny documents in one project.</summary>
public class ScaleTests
{
    [Fact]
    public void TheSameFileNameInManyFoldersGivesOneDistinctFileEach()
    {
        // Different sentences, so few facts are shared (see SharedFactsGrowTheGeneratedCodeLinearly for the shared case).
        var documents = Enumerable.Range(0, 200).Select(i => new TestDocument($"/region{i % 10}/year{i / 10}/report.txt", News.Sentences[i % News.Sentences.Length]))
            .Append(new TestDocument("/other/Report.txt", News.Article))
            .Append(new TestDocument("/other/re-port.txt", News.Article))
            .Append(new TestDocument("/other/report.md", News.Article))
            .ToList();

        var result = HostileRun.Run(documents, HostileRun.Large);

        Assert.Equal(documents.Count + 2, result.HintNames.Count);

        // 202 documents propose "Report" (FACTS009 for all but the first); "re-port" is the distinct member "RePort",
        // whose file name differs from "Facts.Report.g.cs" only in case and is numbered.
        Assert.Equal(documents.Count - 2, result.Diagnostics.Count(d => d.Id == "FACTS009"));
        Assert.Contains("Facts.RePort.2.g.cs", result.HintNames);
    }

    /// <summary>
    /// Generation is checked in full; compilation at the level of syntax. Binding 10,000 partial parts of each
    /// category class takes Roslyn minutes on a small machine (a cost of the generated code's shape, measured in
    /// docs/benchmarks.md), so full compilation is checked with hundreds of documents in the other tests.
    /// </summary>
    [Fact]
    public void TenThousandTinyDocuments()
    {
        var documents = Enumerable.Range(0, 10_000)
            .Select(i => new TestDocument($"/tiny/{i / 100}/note{i}.txt", News.Sentences[i % News.Sentences.Length]))
            .ToList();

        var result = HostileRun.GenerateWithin(documents, TimeSpan.FromSeconds(90));

        Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
        HostileRun.AssertNoInternalError(result, documents);
        Assert.Equal(documents.Count + 2, result.HintNames.Count);
        Assert.Equal(result.HintNames.Count, result.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        // Parsing all 10,000 files costs more than generating them; the index (which names every document), the
        // types and every 100th document file are parsed.
        var sample = result.Compilation.SyntaxTrees.Where((tree, i) => i % 100 == 0 || !tree.FilePath.Contains("Note", StringComparison.Ordinal));
        Assert.Empty(sample.SelectMany(t => t.GetDiagnostics()));
    }

    /// <summary>
    /// The same article in many documents: every document states the same facts. The generated code must grow
    /// linearly with the number of documents (4x the documents, at most 5x the code).
    /// </summary>
    [Fact]
    public void SharedFactsGrowTheGeneratedCodeLinearly()
    {
        long GeneratedCharacters(int copies)
        {
            var documents = Enumerable.Range(0, copies).Select(i => new TestDocument($"/copies/copy{i}.txt", News.Article)).ToList();
            var result = HostileRun.GenerateWithin(documents, HostileRun.Large);
            Assert.True(result.Exception is null, "The generator threw: " + result.Exception);
            return result.RunResult.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Length);
        }

        var few = GeneratedCharacters(20);
        var many = GeneratedCharacters(80);

        Assert.True(many <= 5 * few, $"20 copies generate {few:N0} characters, 80 copies {many:N0} ({(double)many / few:F1}x).");
    }
}
