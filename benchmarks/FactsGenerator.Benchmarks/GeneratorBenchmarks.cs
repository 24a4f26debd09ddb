using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// The generator as the compiler and the IDE run it. Cold: a new driver (nothing cached, as in a command-line
/// build; the JIT is warm). Warm: the driver of a finished run, after one document was edited or after an
/// unrelated C# file was edited (the IDE's keystroke case).
/// </summary>
[Config(typeof(QuickConfig))]
public class GeneratorBenchmarks
{
    private IReadOnlyList<FactSourceFile> files = Array.Empty<FactSourceFile>();
    private CSharpCompilation compilation = null!;
    private CSharpCompilation compilationWithEditedCode = null!;
    private GeneratorDriver warmDriver = null!;
    private FactSourceFile fileToEdit = null!;
    private FactSourceFile editedFile = null!;

    [Params(1, 100, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        files = Consumer.Files(Corpus.Load().Documents(Documents));
        compilation = Consumer.CreateCompilation();
        compilationWithEditedCode = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Consumer.EditedCode, Consumer.ParseOptions, path: "Program.cs"));
        warmDriver = Consumer.CreateDriver(files).RunGenerators(compilation);
        fileToEdit = files[files.Count / 2];
        editedFile = fileToEdit.WithText(InsertSentence(fileToEdit.GetText().ToString()));
        IncrementalityCheck.Verify(files, compilation, compilationWithEditedCode, fileToEdit, editedFile);
    }

    [Benchmark(Description = "Cold run")]
    public GeneratorDriver Cold() => Consumer.CreateDriver(files).RunGenerators(compilation);

    [Benchmark(Description = "Warm, one document edited")]
    public GeneratorDriver EditOneDocument() => warmDriver.ReplaceAdditionalText(fileToEdit, editedFile).RunGenerators(compilation);

    [Benchmark(Description = "Warm, unrelated .cs edited")]
    public GeneratorDriver EditUnrelatedCode() => warmDriver.RunGenerators(compilationWithEditedCode);

    /// <summary>A sentence added after the headline: every later offset, line and evidence of the document moves.</summary>
    private static string InsertSentence(string text)
    {
        var paragraph = text.IndexOf("\n\n", StringComparison.Ordinal);
        var at = paragraph < 0 ? 0 : paragraph + 2;
        return text.Insert(at, "Officials gave an update on the situation on Monday.\n\n");
    }
}
