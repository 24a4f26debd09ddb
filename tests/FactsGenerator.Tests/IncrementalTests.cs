using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Tests;

/// <summary>The generator's caching in both directions: what must not re-run, and what must.</summary>
public class IncrementalTests
{
    private static readonly string[] Articles =
    {
        "Storm hits coast\n\nFive fishermen were killed on Monday when a storm hit the coast. More than 2,000 residents fled.\n",
        "Flood in valley\n\nThe river burst its banks on Tuesday, the mayor said. About 300 homes were flooded.\n",
        "Fire at factory\n\nTwo workers were injured in a fire at a chemical plant on Friday, the police said.\n",
    };

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, TestDocument[] Documents) RunOnce()
    {
        var documents = Articles.Select((text, i) => new TestDocument($"/docs/article{i}.txt", text)).ToArray();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Code { } }");
        var driver = GeneratorHarness.CreateDriver(documents).RunGenerators(compilation);
        return (driver, compilation, documents);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static readonly string[] AllSteps =
    {
        TrackingNames.Options, TrackingNames.LanguageVersion, TrackingNames.Documents, TrackingNames.Extracted,
        TrackingNames.Proposals, TrackingNames.Names, TrackingNames.DocumentOutputs, TrackingNames.Index,
    };

    [Fact]
    public void EditingUnrelatedCodeLeavesEveryStepCached()
    {
        var (driver, compilation, _) = RunOnce();
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Code { internal static int X => 1; } }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            Assert.All(Reasons(result, step), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} ran: {r}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void TheSameTextAgainDoesNotReExtract()
    {
        var (driver, compilation, documents) = RunOnce();
        var again = documents[1].WithText(Articles[1]);
        var result = driver.ReplaceAdditionalText(documents[1], again).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Reasons(result, TrackingNames.Documents), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Documents ran: {r}"));
        Assert.All(Reasons(result, TrackingNames.Extracted), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingOneDocumentReExtractsAndReEmitsOnlyThatDocument()
    {
        var (driver, compilation, documents) = RunOnce();
        var edited = documents[2].WithText(Articles[2].Replace("Two workers", "Two more workers", System.StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(documents[2], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var extracted = Reasons(result, TrackingNames.Extracted).ToList();
        Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, extracted.Count(r => r == IncrementalStepRunReason.Cached));

        var emitted = Reasons(result, TrackingNames.DocumentOutputs).ToList();
        Assert.Equal(1, emitted.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(0, emitted.Count(r => r == IncrementalStepRunReason.New));
    }

    [Fact]
    public void AddingADocumentExtractsOnlyTheNewDocument()
    {
        var (driver, compilation, _) = RunOnce();
        var added = new TestDocument("/docs/new.txt", "Quake\n\nA magnitude 6.1 earthquake struck on Sunday.\n");
        var result = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added)).RunGenerators(compilation).GetRunResult().Results.Single();

        var extracted = Reasons(result, TrackingNames.Extracted).ToList();
        Assert.Equal(1, extracted.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(3, extracted.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Facts.New.g.cs");
    }

    [Fact]
    public void PipelineModelsHoldNoRoslynObjects()
    {
        var (driver, _, _) = RunOnce();
        var result = driver.GetRunResult().Results.Single();
        foreach (var step in AllSteps.Where(s => s != TrackingNames.Options && s != TrackingNames.LanguageVersion))
        {
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                ObjectGraph.AssertContainsNoRoslynObjects(output.Value, step);
            }
        }
    }
}
