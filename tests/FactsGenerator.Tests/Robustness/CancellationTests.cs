using System;
using System.Linq;
using System.Threading;
using FactsGenerator.Extraction;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// The IDE cancels a generator run on the next keystroke. The engine must stop inside its loops, and the
/// cancellation must reach the driver as cancellation, not as an internal-error diagnostic.
/// </summary>
public class CancellationTests
{
    [Fact]
    public void TheEngineStopsOnACancelledToken()
    {
        var text = string.Concat(Enumerable.Repeat(News.Article + "\n", 2_000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FactExtractor.Extract(text, null, cancelled.Token));
    }

    [Fact]
    public void CancellationDuringExtractionReachesTheDriverAsCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        DocumentResult.EngineOverride.Value = (text, options, token) =>
        {
            // As if the user typed while this document was being read.
            cancellation.Cancel();
            return FactExtractor.Extract(text, options, token);
        };
        try
        {
            var driver = GeneratorHarness.CreateDriver(new[] { new TestDocument("/docs/ferry.txt", News.Article) });

            Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellation.Token));
        }
        finally
        {
            DocumentResult.EngineOverride.Value = null;
        }
    }

    [Fact]
    public void ACancelledRunLeavesTheDriverUsable()
    {
        var documents = new[] { new TestDocument("/docs/ferry.txt", News.Article) };
        var compilation = GeneratorHarness.CreateCompilation();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var driver = GeneratorHarness.CreateDriver(documents);
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(compilation, cancelled.Token));

        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Facts.Ferry.g.cs");
    }
}
