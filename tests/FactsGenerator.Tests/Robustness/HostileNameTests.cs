using System;
using System.Collections.Generic;
using System.Linq;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Pipeline;
using FactsGenerator.Tests.Infrastructure;

namespace FactsGenerator.Tests.Robustness;

/// <summary>
/// Names that are C# keywords, reserved members, or collide only after sanitising: for documents (file names and
/// Name metadata) and for facts (through an engine stand-in that returns exactly the hostile facts wanted).
/// </summary>
public class HostileNameTests
{
    private static readonly string[] HostileNames =
    {
        "class", "int", "@event", "null", "void", "this", "__arglist", "_", "123", "1st", "a-b", "a b", "A_B", "AB", "a.b", "All", "Find",
        "Sources", "Facts", "Casualties", "People", "Report", "report", "REPORT", "\uD83D\uDE00", "\u540D\u524D", "\u202Eevil", "!!!", "   ", "",
        new string('x', 2000), "Z\u00FCrich", "Zu\u0308rich", "O'Neill", "O\u2019Neill",
    };

    [Fact]
    public void DocumentNamesThatAreKeywordsOrCollideAfterSanitisingGetDistinctValidMembers()
    {
        var byMetadata = HostileNames.Select((name, i) => new TestDocument($"/named/{i}.txt", News.Article, name: name));
        var byFileName = HostileNames.Where(n => n.Length is > 0 and < 200 && n.IndexOfAny(new[] { '/', '\\' }) < 0 && n.Trim().Length > 0)
            .Select((name, i) => new TestDocument($"/files/{i}/{name}.txt", News.Article));
        var documents = byMetadata.Concat(byFileName).ToList();

        var result = HostileRun.Run(documents, HostileRun.Quick);

        // One file per document plus the types and the index; hint names (hence Sources members) all distinct.
        Assert.Equal(documents.Count + 2, result.HintNames.Count);
        Assert.Equal(result.HintNames.Count, result.HintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(result.Diagnostics, d => d.Id == "FACTS009");
    }

    [Fact]
    public void FactNamesThatAreKeywordsOrCollideAfterSanitisingGetDistinctValidMembers()
    {
        var facts = HostileFacts();
        DocumentResult.EngineOverride.Value = (_, _, _) => facts;
        try
        {
            var documents = Enumerable.Range(0, 3).Select(i => new TestDocument($"/docs/hostile{i}.txt", "Any text " + i)).ToList();

            var result = HostileRun.Run(documents, HostileRun.Quick);

            var source = result.Source("Facts.Hostile0.g.cs");
            Assert.Contains("79228162514264337593543950335m", source);
            Assert.Contains("-79228162514264337593543950335m", source);
            // Within a document: sanitised (FACTS008) and numbered (FACTS006).
            Assert.Contains(result.Diagnostics, d => d.Id == "FACTS006");
            // The three documents state the same one-word measures: bare measures are never merged across documents,
            // so each document's are qualified with its name (FACTS007) and still distinct, valid members.
            Assert.Contains(result.Diagnostics, d => d.Id == "FACTS007");
            Assert.Contains("public const", result.Source("Facts.Hostile1.g.cs"), StringComparison.Ordinal);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FACTS019");
            Assert.Contains(result.Diagnostics, d => d.Id == "FACTS008");
        }
        finally
        {
            DocumentResult.EngineOverride.Value = null;
        }
    }

    /// <summary>Every kind of fact, named and worded with hostile strings, with extreme values.</summary>
    private static DocumentFacts HostileFacts()
    {
        var values = new decimal?[] { decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0m, 5_000_000_000m, 1.5m, null };
        var quantities = new List<QuantityFact>();
        for (var i = 0; i < HostileNames.Length; i++)
        {
            var text = HostileNames[i];
            var evidence = new Evidence(i, 1, i + 1, 1, text + " */ \"\"\" <&>", "Sentence " + text + " #if X \u0000 \\ \" \uD800.");
            var value = values[i % values.Length];
            quantities.Add(new QuantityFact(value, i % 5 == 0 && value is { } v && v < 1000 && v > -1000 ? v - 1 : null, (Qualifier)(i % 7), "unit " + text,
                (QuantityCategory)(i % 7), "about " + text, text, evidence));
        }

        var sample = new Evidence(0, 1, 1, 1, "*/", "\"\"\" #if <&> \u0000");
        var aliases = new EquatableArray<string>(new[] { "*/", "\"\"\"", "<&>", "\u0000" });
        return new DocumentFacts(
            "Title */ \"\"\" #if <&> \u0000",
            "not a date */",
            -1,
            DocumentProblem.None,
            new EquatableArray<PersonFact>(HostileNames.Select(n => new PersonFact(n, "role */ " + n, "\"\"\"", aliases, int.MaxValue, sample))),
            new EquatableArray<PlaceFact>(HostileNames.Select((n, i) => new PlaceFact(n, (PlaceKind)(i % 5), aliases, 0, sample))),
            new EquatableArray<OrganizationFact>(HostileNames.Select(n => new OrganizationFact(n, aliases, -5, sample))),
            new EquatableArray<QuantityFact>(quantities),
            new EquatableArray<QuoteFact>(HostileNames.Select((n, i) => new QuoteFact("\"\"\" " + n + " */", i % 2 == 0 ? null : n, (SpeakerKind)(i % 3), sample))),
            new EquatableArray<DateFact>(HostileNames.Select(n => new DateFact(n, n.Length % 2 == 0 ? null : "*/" + n, n, sample))));
    }
}
