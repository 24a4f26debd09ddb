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
        var documents = Enumerable.Range(0, 200).Select(i => new TestDocument($"/region{i % 10}/year{i / 10}/report.txt", News.Article))
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
        Assert.Empty(result.Compilation.SyntaxTrees.SelectMany(t => t.GetDiagnostics()));
    }
}
