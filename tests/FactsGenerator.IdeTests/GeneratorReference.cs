using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGenerator.IdeTests;

/// <summary>
/// An in-memory analyzer reference that hands the workspace one source generator instance, as the IDE gets
/// the generator from the package's analyzers/dotnet/cs folder.
/// </summary>
internal sealed class GeneratorReference(IIncrementalGenerator generator) : AnalyzerReference
{
    private readonly ISourceGenerator _generator = generator.AsSourceGenerator();

    public override string FullPath => Display + ".dll";

    public override string Display => generator.GetType().Name;

    public override object Id => generator.GetType();

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

    public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

    public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
        language == LanguageNames.CSharp ? [_generator] : [];

    public override ImmutableArray<ISourceGenerator> GetGeneratorsForAllLanguages() => [_generator];
}
