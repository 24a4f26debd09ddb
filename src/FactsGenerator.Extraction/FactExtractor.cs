using System.Threading;
using FactsGenerator.Extraction.Dates;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Quotes;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction;

/// <summary>The engine's entry point: text in, an immutable <see cref="DocumentFacts"/> out. Pure and deterministic.</summary>
public static class FactExtractor
{
    public static DocumentFacts Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExtractionOptions();
        var problem = TextCheck.Inspect(text, options.MaxCharacters);
        if (problem != DocumentProblem.None)
        {
            return DocumentFacts.WithProblem(problem, options.Title ?? string.Empty);
        }

        var analyzed = AnalyzedText.Analyze(text, cancellationToken);
        var entities = EntityExtractor.Extract(analyzed, cancellationToken);
        var quantities = QuantityExtractor.Extract(analyzed, entities, cancellationToken);
        var quotes = QuoteExtractor.Extract(analyzed, entities, cancellationToken);
        var dates = DateExtractor.Extract(analyzed, options.Published, cancellationToken);
        return new DocumentFacts(
            options.Title ?? analyzed.Headline ?? string.Empty,
            options.Published ?? dates.Published,
            analyzed.WordCount,
            DocumentProblem.None,
            entities.People.ToEquatableArray(),
            entities.Places.ToEquatableArray(),
            entities.Organizations.ToEquatableArray(),
            quantities.ToEquatableArray(),
            quotes.ToEquatableArray(),
            dates.Dates.ToEquatableArray());
    }
}
