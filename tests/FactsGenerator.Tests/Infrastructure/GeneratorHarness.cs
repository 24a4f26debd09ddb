using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Tests.Infrastructure;

/// <summary>Runs the generator over in-memory documents and compiles the result like a consumer project would.</summary>
public static class GeneratorHarness
{
    public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.FactsNamespace"] = "TestFacts",
        ["build_property.FactsVisibility"] = "public",
    };

    public static GeneratorDriver CreateDriver(IEnumerable<TestDocument> documents, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion languageVersion = LanguageVersion.Latest, bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsSourceGenerator().AsSourceGenerator() },
            documents.Cast<AdditionalText>(),
            new CSharpParseOptions(languageVersion),
            new TestOptionsProvider(properties ?? DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>A consumer compilation as strict as a real one: nullable, warnings as errors, documentation.</summary>
    public static CSharpCompilation CreateCompilation(string consumerCode = "", LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText(consumerCode, new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose), path: "Consumer.cs") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1591"] = ReportDiagnostic.Error }));

    public static GeneratorResult Run(IEnumerable<TestDocument> documents, IReadOnlyDictionary<string, string>? properties = null, string consumerCode = "", LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        var compilation = CreateCompilation(consumerCode, languageVersion);
        var driver = CreateDriver(documents, properties, languageVersion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver, driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }
}

public sealed record GeneratorResult(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, CSharpCompilation Compilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public ImmutableArray<Diagnostic> Diagnostics => RunResult.Diagnostics;

    /// <summary>Errors and warnings of compiling the consumer together with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompileProblems => Compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public string Source(string hintName) =>
        RunResult.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public IReadOnlyList<string> HintNames => RunResult.Results.Single().GeneratedSources.Select(s => s.HintName).OrderBy(h => h, StringComparer.Ordinal).ToList();

    public Exception? Exception => RunResult.Results.Single().Exception;

    public void AssertCompiles()
    {
        Assert.Null(Exception);
        var problems = CompileProblems;
        Assert.True(problems.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(20)));
    }
}
