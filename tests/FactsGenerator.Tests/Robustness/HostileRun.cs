using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// Runs the generator over hostile documents and checks the promises every hostile test shares: no generator
/// exception, no internal error (FACTS005: an engine exception the generator had to swallow), generated code that
/// compiles under strict settings, and a time bound. Bounds are generous: CI machines are small and shared.
/// </summary>
internal static class HostileRun
{
    public static GeneratorResult Run(IEnumerable<TestDocument> documents, TimeSpan bound, IReadOnlyDictionary<string, string>? properties = null)
    {
        var list = documents.ToList();
        var watch = Stopwatch.StartNew();
        var result = GenerateWithin(list, bound, properties);
        var generated = watch.Elapsed;
        Assert.True(result.Exception is null, "The generator threw (the compiler would drop all its output, CS8785): " + result.Exception);
        result.AssertCompiles();
        watch.Stop();

        AssertNoInternalError(result, list);
        Assert.True(watch.Elapsed < bound,
            $"Generating and compiling {list.Count} document(s) took {watch.Elapsed.TotalSeconds:F1} s (generator {generated.TotalSeconds:F1} s); the bound is {bound.TotalSeconds:F0} s.");
        return result;
    }

    /// <summary>
    /// <see cref="Generate"/> on a worker with a deadline, so a runaway (say quadratic) extraction fails this test
    /// at the bound instead of stalling the whole test run. The worker is cancelled as the IDE would cancel it.
    /// </summary>
    public static GeneratorResult GenerateWithin(IReadOnlyList<TestDocument> documents, TimeSpan bound, IReadOnlyDictionary<string, string>? properties = null)
    {
        using var deadline = new CancellationTokenSource(bound);
        var run = Task.Run(() => Generate(documents, properties, deadline.Token));
        bool finished;
        try
        {
            finished = run.Wait(bound + TimeSpan.FromSeconds(5));
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException)
        {
            finished = false;
        }

        if (!finished)
        {
            Assert.Fail($"The generator did not finish {documents.Count} document(s) within {bound.TotalSeconds:F0} s. First document: "
                + Quote(documents[0].GetText()?.ToString() ?? string.Empty, 200));
        }

        return run.Result;
    }

    /// <summary>
    /// Runs the generator as the compiler and the IDE do, without step tracking: tracking (a test-only option)
    /// records every step's inputs and grows quadratically with thousands of documents.
    /// </summary>
    public static GeneratorResult Generate(IReadOnlyList<TestDocument> documents, IReadOnlyDictionary<string, string>? properties = null, CancellationToken cancellationToken = default)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(documents, properties, trackSteps: false)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, cancellationToken);
        return new GeneratorResult(driver, driver.GetRunResult(), (Microsoft.CodeAnalysis.CSharp.CSharpCompilation)output, diagnostics);
    }

    /// <summary>FACTS005 means the engine threw on a document; the message names the document and quotes its start, so it can be reproduced.</summary>
    public static void AssertNoInternalError(GeneratorResult result, IReadOnlyList<TestDocument> documents)
    {
        var errors = result.Diagnostics.Where(d => d.Id == "FACTS005").ToList();
        if (errors.Count == 0)
        {
            return;
        }

        var report = errors.Take(5).Select(d =>
        {
            var path = d.Location.GetLineSpan().Path;
            var text = documents.FirstOrDefault(doc => doc.Path == path)?.GetText()?.ToString() ?? string.Empty;
            return d.GetMessage(CultureInfo.InvariantCulture) + "\n    document start: " + Quote(text, 300);
        });
        Assert.Fail($"{errors.Count} document(s) made the engine throw:\n" + string.Join("\n", report));
    }

    /// <summary>The diagnostics with <paramref name="id"/>, by document path.</summary>
    public static IReadOnlyList<string> PathsWith(GeneratorResult result, string id) =>
        result.Diagnostics.Where(d => d.Id == id).Select(d => d.Location.GetLineSpan().Path).OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>The start of a text as a C# literal, for failure messages that reproduce the input.</summary>
    public static string Quote(string text, int max)
    {
        var head = text.Length <= max ? text : text.Substring(0, max);
        return "\"" + string.Concat(head.Select(c => c is >= ' ' and < '\u007F' && c != '"' && c != '\\' ? c.ToString() : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + "\""
            + (text.Length > max ? $" (+{text.Length - max} more chars)" : string.Empty);
    }

    /// <summary>Turns file bytes into the document text the way the compiler reads an additional file (byte order mark, else UTF-8 with replacement characters).</summary>
    public static string DecodeAsCompilerWould(byte[] bytes) => Microsoft.CodeAnalysis.Text.SourceText.From(bytes, bytes.Length).ToString();

    public static readonly TimeSpan Quick = TimeSpan.FromSeconds(40);

    public static readonly TimeSpan Large = TimeSpan.FromSeconds(60);
}
