using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Gazetteer;

/// <summary>A place known to the gazetteer: its canonical name, kind and the country it lies in.</summary>
internal sealed class GazetteerPlace
{
    public GazetteerPlace(string name, PlaceKind kind, string country)
    {
        Name = name;
        Kind = kind;
        Country = country;
    }

    public string Name { get; }

    public PlaceKind Kind { get; }

    /// <summary>The common name of the country (for a country, its own name).</summary>
    public string Country { get; }
}
