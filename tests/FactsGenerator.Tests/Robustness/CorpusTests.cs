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
}
