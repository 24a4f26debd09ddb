using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGenerator.Benchmarks;

/// <summary>
/// What the generated library costs the compiler: parse, bind and emit (IL and XML documentation) the generated
/// files of N documents plus a one-file consumer, as a fresh compilation each time.
/// </summary>
[Config(typeof(CompileConfig))]
public class CompileBenchmarks
{
    private IReadOnlyList<(string HintName, string Text)> generated = Array.Empty<(string, string)>();

    [Params(100, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var files = Consumer.Files(Corpus.Load().Documents(Documents));
        var driver = Consumer.CreateDriver(files).RunGenerators(Consumer.CreateCompilation());
        generated = Consumer.GeneratedSources(driver).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }

    /// <summary>One compilation takes seconds: no pilot stage, one warm-up and three measured compilations.</summary>
    private sealed class CompileConfig : ManualConfig
    {
        public CompileConfig()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Monitoring"));
            AddDiagnoser(MemoryDiagnoser.Default);
        }
    }

    [Benchmark(Description = "Compile generated code")]
    public long Compile()
    {
        var trees = generated
            .Select(g => CSharpSyntaxTree.ParseText(g.Text, Consumer.ParseOptions, path: g.HintName))
            .Append(CSharpSyntaxTree.ParseText(Consumer.Code, Consumer.ParseOptions, path: "Program.cs"));
        using var assembly = new MemoryStream();
        using var documentation = new MemoryStream();
        var result = Consumer.CreateCompilation(trees).Emit(assembly, xmlDocumentationStream: documentation);
        if (!result.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        return assembly.Length + documentation.Length;
    }
}
