using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "U.S. Attorney", "U.S. Marshal", "U.S. Magistrate": offices of the federal courts whose name holds the country. A
/// U.S. attorney is a district's federal prosecutor, not any American lawyer, so the code stays in the role (the
/// annotators write "u.s. attorney" in 5 articles of 5 publishers, and "u.s. magistrate"), while the country is still
/// the affiliation. "U.S. District Judge" keeps the country through <c>IsFederalJudgeship</c>; other offices
/// ("U.S. Secretary of State", "U.S. Ambassador") leave it out.
/// </summary>
internal static class FederalCourtOffices
{
    /// <summary>The country code at <paramref name="country"/> is part of the court office at <paramref name="office"/>,
    /// written in capitals ("U.S. Attorney") or, as news agencies do, in lower case ("U.S. attorney").</summary>
    public static bool NamesCountry(Token country, Token office) =>
        (country.Is("U.S.") || country.Is("US")) && country.IsCapitalized && office.IsWord
        && (office.Is("Attorney") || office.Is("Marshal") || office.Is("Magistrate"));

    /// <summary>The country code at <paramref name="country"/> is part of the court office after it, and that office is
    /// not the head of a ministry ("X, the U.S. Attorney General": attorney general, the country only its affiliation).</summary>
    public static bool NamesCountryAt(IReadOnlyList<Token> tokens, int country) =>
        country + 1 < tokens.Count && NamesCountry(tokens[country], tokens[country + 1])
        && !(country + 2 < tokens.Count && tokens[country + 2].Is("General"));
}
