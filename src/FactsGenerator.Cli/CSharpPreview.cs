using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactsGenerator.Cli;

/// <summary>
/// Runs the real generator over the documents (as FactSource additional files) and returns what it emits,
/// so the preview is exactly the generator's output, diagnostics included.
/// </summary>
internal static class CSharpPreview
{
    public const string DefaultNamespace = "FactsPreview";

    public static List<(string FileName, string Text)> Generate(IReadOnlyList<InputDocument> inputs, string? published, TextWriter stderr, string? factsNamespace = null, string? lockPath = null)
    {
        var texts = inputs.Select(i => (AdditionalText)new InMemoryText(i.Path, i.Text)).ToList();
        InMemoryText? lockText = null;
        if (lockPath is not null)
        {
            lockText = new InMemoryText(Path.GetFullPath(lockPath), File.ReadAllText(lockPath));
            texts.Add(lockText);
        }

        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactsGenerator_Source"] = "true" };
        if (published is not null)
        {
            metadata["build_metadata.AdditionalFiles.Published"] = published;
        }

        var globals = new Dictionary<string, string>
        {
            ["build_property.FactsNamespace"] = factsNamespace ?? DefaultNamespace,
            ["build_property.FactsVisibility"] = "public",
        };
        var driver = CSharpGeneratorDriver.Create(
            new[] { new FactsSourceGenerator().AsSourceGenerator() },
            texts,
            new CSharpParseOptions(LanguageVersion.Latest),
            new PreviewOptionsProvider(globals, metadata, lockText));
        var compilation = CSharpCompilation.Create("FactsPreview", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var result = driver.RunGenerators(compilation, CancellationToken.None).GetRunResult();
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Info))
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        return result.GeneratedTrees
            .OrderBy(t => Path.GetFileName(t.FilePath), System.StringComparer.Ordinal)
            .Select(t => (Path.GetFileName(t.FilePath), "// " + Path.GetFileName(t.FilePath) + "\n" + t.GetText().ToString()))
            .ToList();
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryText(string path, string content)
        {
            Path = path;
            text = SourceText.From(content);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class PreviewOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions LockOptions = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactsGenerator_Lock"] = "true" });

        private readonly DictionaryOptions fileOptions;
        private readonly AdditionalText? lockText;

        public PreviewOptionsProvider(Dictionary<string, string> globals, Dictionary<string, string> perFile, AdditionalText? lockText)
        {
            GlobalOptions = new DictionaryOptions(globals);
            fileOptions = new DictionaryOptions(perFile);
            this.lockText = lockText;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => ReferenceEquals(textFile, lockText) ? LockOptions : fileOptions;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
