namespace FactsGenerator.Extraction.Model;

/// <summary>
/// A number stated in the text. <see cref="Value"/> is null for vague counts ("thousands");
/// <see cref="UpperValue"/> is set for ranges ("between 36 and 40"). <see cref="About"/> says in
/// plain words what is counted; <see cref="Name"/> is the proposed PascalCase member name.
/// </summary>
public sealed record QuantityFact(
    decimal? Value,
    decimal? UpperValue,
    Qualifier Qualifier,
    string Unit,
    QuantityCategory Category,
    string About,
    string Name,
    Evidence Evidence);

/// <summary>A named person with the role and affiliation the text gives them.</summary>
public sealed record PersonFact(
    string Name,
    string? Role,
    string? Affiliation,
    EquatableArray<string> Aliases,
    int Mentions,
    Evidence Evidence);

/// <summary>A named place (country, region, city or site).</summary>
public sealed record PlaceFact(
    string Name,
    PlaceKind Kind,
    EquatableArray<string> Aliases,
    int Mentions,
    Evidence Evidence);

/// <summary>A named organisation (government body, agency, party, company, news outlet...).</summary>
public sealed record OrganizationFact(
    string Name,
    EquatableArray<string> Aliases,
    int Mentions,
    Evidence Evidence);

/// <summary>A direct quotation. <see cref="Speaker"/> is the canonical name of a person or organisation, or null.</summary>
public sealed record QuoteFact(
    string Text,
    string? Speaker,
    SpeakerKind SpeakerKind,
    Evidence Evidence);

/// <summary>
/// A date reference as written (<see cref="Text"/>: "Thursday", "August 2018", "1994") with what happened
/// (<see cref="About"/>) and, when it can be resolved, an ISO form in <see cref="Resolved"/>
/// ("2019-01-24", "2018-08" or "1994").
/// </summary>
public sealed record DateFact(
    string Text,
    string? Resolved,
    string About,
    Evidence Evidence);
