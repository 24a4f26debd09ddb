using System;
using System.IO;
using System.Linq;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>Every real article of the shared corpus in one compilation: the closest thing to a user's project.</summary>
public class CorpusTests
{
    [CorpusFact]
    public void EveryCorpusArticleGeneratesAndCompilesInOneProject()
    {
        var files = Directory.GetFiles(CorpusFactAttribute.Folder!, "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToList();
        var documents = files.Select(path => new TestDocument("/corpus/" + Path.GetFileName(path), File.ReadAllText(path))).ToList();
        Assert.NotEmpty(documents);

        var result = HostileRun.Run(documents, TimeSpan.FromSeconds(90));

        Assert.Equal(documents.Count + 2, result.HintNames.Count);
        Assert.Empty(result.Diagnostics.Where(d => d.Id is "FACTS001" or "FACTS002" or "FACTS004"));
    }

    [CorpusFact]
    public void AllCorpusArticlesJoinedIntoOneDocumentAreExtractedWithoutFailure()
    {
        // Names from unrelated articles meet in one document: pairings no single article has (a crash in the
        // organisation-name merge was found this way).
        var files = Directory.GetFiles(CorpusFactAttribute.Folder!, "*.txt").OrderBy(p => p, StringComparer.Ordinal);
        var joined = string.Join("\n\n", files.Select(File.ReadAllText));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var facts = FactsGenerator.Extraction.FactExtractor.Extract(joined);

        Assert.Equal(FactsGenerator.Extraction.Model.DocumentProblem.None, facts.Problem);
        Assert.NotEmpty(facts.Organizations);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "took " + watch.Elapsed);
    }
}
