using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator.Benchmarks;

/// <summary>A FactSource document in memory, as the compiler hands it to the generator.</summary>
internal sealed class FactSourceFile : AdditionalText
{
    private readonly SourceText text;

    public FactSourceFile(string path, string content)
    {
        Path = path;
        text = SourceText.From(content);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>The same file with new content (a new object, as the IDE creates after an edit).</summary>
    public FactSourceFile WithText(string content) => new(Path, content);
}

/// <summary>The MSBuild properties and item metadata a consumer project of the FactsGenerator package passes.</summary>
internal sealed class ConsumerOptions : AnalyzerConfigOptionsProvider
{
    private static readonly Options FactSource = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactsGenerator_Source"] = "true" });
    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "Consumer",
        ["build_property.FactsNamespace"] = "BenchFacts",
        ["build_property.FactsVisibility"] = "public",
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile is FactSourceFile ? FactSource : None;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Drivers and compilations set up like a real consumer build (nullable, documentation, .NET 10 references).</summary>
internal static class Consumer
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public const string Code = "namespace Consumer { internal static class Program { internal static int Answer => 42; } }";

    public const string EditedCode = "namespace Consumer { internal static class Program { internal static int Answer => 43; } }";

    public static IReadOnlyList<FactSourceFile> Files(IEnumerable<Article> documents) =>
        documents.Select(d => new FactSourceFile("/consumer/docs/" + d.Name, d.Text)).ToList();

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactsSourceGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new ConsumerOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees) =>
        CSharpCompilation.Create(
            "Consumer",
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation CreateCompilation(string code = Code) =>
        CreateCompilation(new[] { CSharpSyntaxTree.ParseText(code, ParseOptions, path: "Program.cs") });

    /// <summary>The generated files of one run: hint name and text.</summary>
    public static ImmutableArray<GeneratedSourceResult> GeneratedSources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources;
}
