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

    [Fact]
    public void TenThousandTinyDocuments()
    {
        var documents = Enumerable.Range(0, 10_000)
            .Select(i => new TestDocument($"/tiny/{i / 100}/note{i}.txt", News.Sentences[i % News.Sentences.Length]))
            .ToList();

        var result = HostileRun.Run(documents, TimeSpan.FromSeconds(90));

        Assert.Equal(documents.Count + 2, result.HintNames.Count);
    }
}
