namespace FactsGenerator.Extraction.Model;

/// <summary>How sure the text is about a quantity's value.</summary>
public enum Qualifier
{
    Exact,
    MoreThan,
    AtLeast,
    About,
    UpTo,
    FewerThan,
    Vague,
}

/// <summary>What kind of thing a quantity measures; drives the generated category class.</summary>
public enum QuantityCategory
{
    Casualties,
    Displacement,
    Duration,
    Population,
    Money,
    Military,
    Other,
}

/// <summary>Who a quotation is attributed to.</summary>
public enum SpeakerKind
{
    None,
    Person,
    Organization,
}

/// <summary>What kind of place a place name is, when known.</summary>
public enum PlaceKind
{
    Unknown,
    Country,
    Region,
    City,
    Site,
}

/// <summary>A problem with a whole document that the caller should report.</summary>
public enum DocumentProblem
{
    None,
    Empty,
    NotText,
    TooLarge,

    /// <summary>The engine failed on this document (reported as an internal error); it is skipped.</summary>
    ExtractionFailed,
}
