using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using FactsGenerator.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator.IdeTests;

/// <summary>
/// A headless IDE workspace with one C# project shaped like a SeedFacts build: the generator as an analyzer
/// reference, every seed document as an additional file marked as a fact source, and the MSBuild properties
/// SeedFacts sets (FactsNamespace, FactsVisibility) as a global analyzer config, the form the compiler gets them in.
/// </summary>
public sealed class SeedWorkspace : IDisposable
{
    /// <summary>Where the project pretends to live; a fixed, plain path keeps the analyzer config section headers simple.</summary>
    private const string ProjectFolder = "/ide-tests/SeedFacts/";

    /// <summary>Marks the caret in the C# code given to <see cref="OpenAsync"/>.</summary>
    public const string Caret = "$$";

    private readonly AdhocWorkspace _workspace = new();

    public SeedWorkspace()
    {
        var projectId = ProjectId.CreateNewId();
        var seeds = Directory.GetFiles(RepositoryRoot.Combine("seeds"), "*.txt").OrderBy(p => p, StringComparer.Ordinal).ToArray();
        if (seeds.Length == 0)
        {
            throw new InvalidOperationException("No seed documents in " + RepositoryRoot.Combine("seeds"));
        }

        var additionalDocuments = seeds.Select(seed => DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            Path.GetFileName(seed),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(File.ReadAllText(seed), Encoding.UTF8), VersionStamp.Create())),
            filePath: SeedPath(seed)));

        var globalConfig = DocumentInfo.Create(
            DocumentId.CreateNewId(projectId),
            ".globalconfig",
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(GlobalConfig(seeds)), VersionStamp.Create())),
            filePath: ProjectFolder + ".globalconfig");

        var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                name: "SeedFacts",
                assemblyName: "SeedFacts",
                language: LanguageNames.CSharp,
                filePath: ProjectFolder + "SeedFacts.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Parse),
                metadataReferences: Net100.References.All,
                analyzerReferences: [new GeneratorReference(new FactsSourceGenerator())],
                additionalDocuments: additionalDocuments)
            .WithAnalyzerConfigDocuments([globalConfig]);

        Project = _workspace.AddProject(project);
    }

    /// <summary>The project without any C# document of its own: only generated code.</summary>
    public Project Project { get; }

    /// <summary>Adds a C# document holding <paramref name="codeWithCaret"/> and returns it with the caret position (the marker removed).</summary>
    public (Document Document, int Position) Open(string codeWithCaret)
    {
        var position = codeWithCaret.IndexOf(Caret, StringComparison.Ordinal);
        if (position < 0 || codeWithCaret.IndexOf(Caret, position + Caret.Length, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"The code must hold exactly one caret marker '{Caret}'.", nameof(codeWithCaret));
        }

        var code = codeWithCaret.Remove(position, Caret.Length);
        var document = Project.AddDocument("Consumer.cs", SourceText.From(code), filePath: ProjectFolder + "Consumer.cs");
        return (document, position);
    }

    /// <summary>What the generator produced, for failure messages: the generated file names and the compilation's errors.</summary>
    public async Task<string> DescribeGeneratedCodeAsync(Document document)
    {
        var generated = await document.Project.GetSourceGeneratedDocumentsAsync();
        var compilation = await document.Project.GetCompilationAsync();
        var errors = compilation!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        return "Generated files: [" + string.Join(", ", generated.Select(d => d.HintName)) + "]; errors: [" + string.Join("; ", errors) + "]";
    }

    public void Dispose() => _workspace.Dispose();

    private static string SeedPath(string seed) => ProjectFolder + "seeds/" + Path.GetFileName(seed);

    /// <summary>The analyzer config the SDK writes from SeedFacts.csproj and build/FactsGenerator.props|targets.</summary>
    private static string GlobalConfig(string[] seeds)
    {
        var config = new StringBuilder()
            .AppendLine("is_global = true")
            .AppendLine("build_property.RootNamespace = SeedFacts")
            .AppendLine("build_property.FactsNamespace = SeedFacts")
            .AppendLine("build_property.FactsClassName = Facts")
            .AppendLine("build_property.FactsVisibility = public");
        foreach (var seed in seeds)
        {
            config.AppendLine()
                .AppendLine("[" + SeedPath(seed) + "]")
                .AppendLine("build_metadata.AdditionalFiles.FactsGenerator_Source = true");
        }

        return config.ToString();
    }
}
