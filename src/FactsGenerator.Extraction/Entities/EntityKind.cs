namespace FactsGenerator.Extraction.Entities;

internal enum EntityKind
{
    Person,
    Place,
    Organization,
}
