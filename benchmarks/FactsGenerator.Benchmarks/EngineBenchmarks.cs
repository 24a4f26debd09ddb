using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using FactsGenerator.Extraction;

namespace FactsGenerator.Benchmarks;

/// <summary>The extraction engine alone, on one thread, over every article of the corpus once per operation.</summary>
[Config(typeof(EngineConfig))]
public class EngineBenchmarks
{
    private IReadOnlyList<Article> articles = new List<Article>();

    [GlobalSetup]
    public void LoadCorpus() => articles = Corpus.Load().Articles;

    /// <summary>Returns the number of facts so the work cannot be optimised away.</summary>
    [Benchmark(Description = "Extract whole corpus")]
    public int ExtractCorpus()
    {
        var facts = 0;
        foreach (var article in articles)
        {
            var result = FactExtractor.Extract(article.Text);
            facts += result.Quantities.Count + result.People.Count + result.Places.Count + result.Organizations.Count + result.Quotes.Count + result.Dates.Count;
        }

        return facts;
    }

    private sealed class EngineConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public EngineConfig()
        {
            Add(new QuickConfig());
            AddColumn(CorpusColumn.MegabytesPerSecond, CorpusColumn.AllocatedPerMegabyte);
        }
    }
}
