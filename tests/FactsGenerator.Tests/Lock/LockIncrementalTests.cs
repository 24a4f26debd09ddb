using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Tests.Lock;

/// <summary>The lock file goes through the pipeline as equatable data: caching survives it in both directions.</summary>
public class LockIncrementalTests
{
    private static readonly string[] Articles =
    {
        "Storm\n5 fishermen were killed on Monday.\n",
        "Flood\n300 residents fled the valley.\n",
        "Fire\nMinister Ana Ruiz visited the plant.\n",
    };

    private static readonly string[] LockSteps = { TrackingNames.Lock, TrackingNames.Curated, TrackingNames.Proposals, TrackingNames.Names, TrackingNames.DocumentOutputs, TrackingNames.Index };

    private sealed record Run(GeneratorDriver Driver, CSharpCompilation Compilation, TestDocument[] Documents, TestDocument Lock);

    private static Run RunOnce()
    {
        var documents = Articles.Select((text, i) => new TestDocument($"/docs/article{i}.txt", text)).ToArray();
        var lockFile = LockHarness.LockDocument(LockHarness.LockJson(documents));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Code { } }");
        DocumentResult.EngineOverride.Value = RuleEngine.Extract;
        var driver = GeneratorHarness.CreateDriver(documents.Append(lockFile)).RunGenerators(compilation);
        return new Run(driver, compilation, documents, lockFile);
    }

    private static GeneratorRunResult Again(GeneratorDriver driver, Compilation compilation)
    {
        try
        {
            return driver.RunGenerators(compilation).GetRunResult().Results.Single();
        }
        finally
        {
            DocumentResult.EngineOverride.Value = null;
        }
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    [Fact]
    public void EditingCodeLeavesTheLockAndEveryStepCached()
    {
        var run = RunOnce();
        var tree = run.Compilation.SyntaxTrees.First();
        var edited = run.Compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Code { internal static int X => 1; } }", (CSharpParseOptions)tree.Options));
        var result = Again(run.Driver, edited);

        foreach (var step in LockSteps.Append(TrackingNames.Extracted))
        {
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran: {r}"));
        }
    }

    [Fact]
    public void EditingTheLockFileReappliesItWithoutReExtracting()
    {
        var run = RunOnce();
        var renamed = run.Lock.WithText(run.Lock.GetText()!.ToString().Replace("\"Casualties.FishermenKilled\"", "\"Casualties.Fishermen\"", System.StringComparison.Ordinal));
        var result = Again(run.Driver.ReplaceAdditionalText(run.Lock, renamed), run.Compilation);

        Assert.All(Reasons(result, TrackingNames.Extracted), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Lock));
        var outputs = Reasons(result, TrackingNames.DocumentOutputs);
        Assert.Equal(1, outputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public const int Fishermen = 5;", System.StringComparison.Ordinal));
    }

    [Fact]
    public void EditingOneDocumentReExtractsOnlyThatDocumentWhenLocked()
    {
        var run = RunOnce();
        var edited = run.Documents[1].WithText(Articles[1].Replace("300", "400", System.StringComparison.Ordinal));
        var result = Again(run.Driver.ReplaceAdditionalText(run.Documents[1], edited), run.Compilation);

        var extracted = Reasons(result, TrackingNames.Extracted);
        Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, extracted.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, TrackingNames.Lock), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Lock ran: {r}"));
        Assert.Equal(1, Reasons(result, TrackingNames.DocumentOutputs).Count(r => r == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void LockAndCurationModelsHoldNoRoslynObjects()
    {
        var run = RunOnce();
        var result = Again(run.Driver, run.Compilation);
        foreach (var step in LockSteps)
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                ObjectGraph.AssertContainsNoRoslynObjects(output.Value, step);
            }
        }

        Assert.NotEmpty(result.TrackedSteps[TrackingNames.Curated]);
    }
}
