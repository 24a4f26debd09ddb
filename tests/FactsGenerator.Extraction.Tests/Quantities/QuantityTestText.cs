using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Tests.Quantities;

/// <summary>Runs the quantity extractor alone on text written for a test.</summary>
internal static class QuantityTestText
{
    public static List<QuantityFact> Extract(string text, CancellationToken cancellationToken = default)
    {
        var analyzed = AnalyzedText.Analyze(text, cancellationToken);
        var entities = new EntitySet(new List<PersonFact>(), new List<PlaceFact>(), new List<OrganizationFact>());
        return QuantityExtractor.Extract(analyzed, entities, cancellationToken);
    }

    public static QuantityFact First(string text)
    {
        var facts = Extract(text);
        Assert.True(facts.Count > 0, $"expected a quantity in \"{text}\"");
        return facts[0];
    }

    public static QuantityFact Single(string text)
    {
        var facts = Extract(text);
        Assert.True(facts.Count == 1, $"expected one quantity in \"{text}\" but found {facts.Count}: {string.Join("; ", facts.Select(f => f.Evidence.Text + " = " + f.Value))}");
        return facts[0];
    }
}
