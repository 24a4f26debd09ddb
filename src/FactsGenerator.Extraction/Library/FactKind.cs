namespace FactsGenerator.Extraction.Library;

/// <summary>The kinds of fact the library exposes; each has its own generated class.</summary>
public enum FactKind
{
    Quantity,
    Person,
    Place,
    Organization,
    Quote,
    Date,
}
