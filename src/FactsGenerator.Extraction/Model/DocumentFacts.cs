namespace FactsGenerator.Extraction.Model;

/// <summary>Everything extracted from one document; an immutable value with content equality.</summary>
public sealed record DocumentFacts(
    string Title,
    string? Published,
    int WordCount,
    DocumentProblem Problem,
    EquatableArray<PersonFact> People,
    EquatableArray<PlaceFact> Places,
    EquatableArray<OrganizationFact> Organizations,
    EquatableArray<QuantityFact> Quantities,
    EquatableArray<QuoteFact> Quotes,
    EquatableArray<DateFact> Dates)
{
    public static DocumentFacts WithProblem(DocumentProblem problem, string title = "") => new(
        title,
        null,
        0,
        problem,
        EquatableArray<PersonFact>.Empty,
        EquatableArray<PlaceFact>.Empty,
        EquatableArray<OrganizationFact>.Empty,
        EquatableArray<QuantityFact>.Empty,
        EquatableArray<QuoteFact>.Empty,
        EquatableArray<DateFact>.Empty);

    public bool HasFacts =>
        !People.IsEmpty || !Places.IsEmpty || !Organizations.IsEmpty || !Quantities.IsEmpty || !Quotes.IsEmpty || !Dates.IsEmpty;
}

/// <summary>Per-document input to the engine besides the text.</summary>
public sealed record ExtractionOptions(string? Title = null, string? Published = null, int MaxCharacters = ExtractionOptions.DefaultMaxCharacters)
{
    /// <summary>Documents longer than this are not analysed (keeps the IDE responsive).</summary>
    public const int DefaultMaxCharacters = 2_000_000;
}
