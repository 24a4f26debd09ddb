using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    // Offices a city or town appoints by that name ("City Manager", "Town Clerk", "City Attorney").
    private static readonly HashSet<string> MunicipalOffices = new(System.StringComparer.Ordinal)
    {
        "Manager", "Attorney", "Clerk", "Administrator", "Engineer", "Auditor", "Treasurer", "Solicitor", "Planner",
    };

    private static readonly HashSet<string> MunicipalityNouns = new(System.StringComparer.Ordinal) { "City", "Town", "Village" };

    /// <summary>"Velm Falls City Manager X", "Orra Town Clerk X": "City" or "Town" between a place's name and an office a
    /// municipality appoints by that name is part of the office (city manager, as "County Sheriff" gives county
    /// sheriff), unless the gazetteer knows the place with the word ("Kansas City", "Quezon City"). last is the index
    /// of "City"; the office's first word follows it.</summary>
    internal static bool EndsInMunicipality(IReadOnlyList<Token> tokens, int first, int last) =>
        first < last && last + 1 < tokens.Count && MunicipalityNouns.Contains(tokens[last].Text) && MunicipalOffices.Contains(tokens[last + 1].Text)
        && tokens[last - 1].IsWord && char.IsUpper(tokens[last - 1].Text[0])
        && !Gazetteer.PlaceGazetteer.Instance.TryFind(TokenText.Of(tokens, first, last), out _);
}
