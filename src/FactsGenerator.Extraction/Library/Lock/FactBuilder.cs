using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Library.Lock;

/// <summary>Builds engine facts from a lock entry or an added fact's description, for facts the engine did not (or no longer) find.</summary>
internal static class FactBuilder
{
    /// <summary>The fact <paramref name="spec"/> describes, as member <paramref name="className"/>.<paramref name="member"/>, read at <paramref name="evidence"/>.</summary>
    public static object FromSpec(FactSpec spec, string className, string member, Evidence evidence) => spec.Kind switch
    {
        FactKind.Quantity => new QuantityFact(
            FactValues.ParseNumber(spec.Value),
            FactValues.ParseNumber(spec.Upper),
            Vocabulary.TryParseQualifier(spec.Qualifier, out var qualifier) ? qualifier : spec.Value is null ? Qualifier.Vague : Qualifier.Exact,
            spec.Unit ?? string.Empty,
            FactClasses.CategoryOf(className) ?? QuantityCategory.Other,
            spec.About ?? member,
            member,
            evidence),
        FactKind.Person => new PersonFact(spec.Value ?? member, null, null, EquatableArray<string>.Empty, 1, evidence),
        FactKind.Place => new PlaceFact(spec.Value ?? member, PlaceKind.Unknown, EquatableArray<string>.Empty, 1, evidence),
        FactKind.Organization => new OrganizationFact(spec.Value ?? member, EquatableArray<string>.Empty, 1, evidence),

        // The speaker's kind is not in the lock file; a named speaker is most often a person.
        FactKind.Quote => new QuoteFact(spec.Value ?? string.Empty, spec.Speaker, spec.Speaker is null ? SpeakerKind.None : SpeakerKind.Person, evidence),
        _ => new DateFact(spec.Value ?? string.Empty, null, spec.About ?? string.Empty, evidence),
    };
}
