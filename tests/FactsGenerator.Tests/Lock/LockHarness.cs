using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using FactsGenerator.Extraction.Library.Lock;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGenerator.Tests.Lock;

/// <summary>Runs the generator with the <see cref="RuleEngine"/> and an optional lock file, and writes lock files as 'facts lock' does.</summary>
public static class LockHarness
{
    public const string LockPath = "/project/facts.lock.json";

    public static TestDocument LockDocument(string json, string path = LockPath)
    {
        var document = new TestDocument(path, json, isFactSource: false);
        document.Metadata["build_metadata.AdditionalFiles.FactsGenerator_Lock"] = "true";
        return document;
    }

    /// <summary>Runs the generator over the documents (and the lock file, when given) with <paramref name="engine"/> (default <see cref="RuleEngine"/>).</summary>
    public static GeneratorResult Run(IEnumerable<TestDocument> documents, string? lockJson = null, string consumerCode = "",
        Func<string, ExtractionOptions, CancellationToken, DocumentFacts>? engine = null)
    {
        var all = documents.ToList();
        if (lockJson is not null)
        {
            all.Add(LockDocument(lockJson));
        }

        DocumentResult.EngineOverride.Value = engine ?? RuleEngine.Extract;
        try
        {
            return GeneratorHarness.Run(all, consumerCode: consumerCode);
        }
        finally
        {
            DocumentResult.EngineOverride.Value = null;
        }
    }

    /// <summary>The lock file 'facts lock' would write for these documents (keeping the curation of <paramref name="previousJson"/>).</summary>
    public static string LockJson(IEnumerable<TestDocument> documents, string? previousJson = null,
        Func<string, ExtractionOptions, CancellationToken, DocumentFacts>? engine = null)
    {
        var previous = previousJson is null ? null : LockFileReader.Read(LockPath, previousJson).File;
        var library = FactLibrary.Build(documents.Select(d => new LibraryDocument(d.Path, Path.GetFileNameWithoutExtension(d.Path), d.GetText()!.ToString(),
            (engine ?? RuleEngine.Extract)(d.GetText()!.ToString(), new ExtractionOptions(), CancellationToken.None))), previous);
        return LockFileWriter.Write(LockBuilder.Build(LockPath, library.Curated, library.Resolved, previous));
    }

    /// <summary>A copy of the engine's output with every quantity renamed, as a changed naming rule would.</summary>
    public static Func<string, ExtractionOptions, CancellationToken, DocumentFacts> Renaming(Func<string, string> rename) => (text, options, ct) =>
    {
        var facts = RuleEngine.Extract(text, options, ct);
        return facts with { Quantities = facts.Quantities.Select(q => q with { Name = rename(q.Name) }).ToEquatableArray() };
    };

    public static Diagnostic Single(GeneratorResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    public static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>Every generated source together, for "is this declared exactly once" checks.</summary>
    public static string AllSources(GeneratorResult result) => string.Join("\n", result.HintNames.Select(result.Source));

    /// <summary>Compiles the generated library and loads it, so tests can read the facts at run time.</summary>
    public static Assembly Load(GeneratorResult result)
    {
        using var stream = new MemoryStream();
        var emit = result.Compilation.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        return new AssemblyLoadContext("facts-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>Reads a static property or field of a nested class of the facts class, e.g. ("Conflicts", "All").</summary>
    public static object? Static(Assembly assembly, string nestedClass, string member, string factsClass = "TestFacts.Facts")
    {
        var type = nestedClass.Length == 0 ? assembly.GetType(factsClass)! : assembly.GetType(factsClass + "+" + nestedClass)!;
        var flags = BindingFlags.Public | BindingFlags.Static;
        return type.GetProperty(member, flags)?.GetValue(null) ?? type.GetField(member, flags)?.GetValue(null);
    }

    public static object? Property(object target, string name) => target.GetType().GetProperty(name)!.GetValue(target);
}
