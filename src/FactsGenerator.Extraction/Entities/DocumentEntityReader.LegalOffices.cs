using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Offices of the courts whose title opens with the court's level: "District Attorney", "Circuit Judge".</summary>
internal sealed partial class DocumentEntityReader
{
    // "Elmford District Attorney Ana Ruiz", "Federal District Judge Tom Hale": "District" is part of the office,
    // so the words before it name the place served, never a body called "Elmford District".
    private static bool IsJurisdictionOfLegalOffice(Token level, Token office) =>
        (level.Is("District") || level.Is("Circuit"))
        && (office.Is("Attorney") || office.Is("Judge") || office.Is("Attorneys") || office.Is("Judges") || office.Is("Prosecutor"));

    // "U.S. District Judge Ana Ruiz", "U.S. Circuit Judge Tom Hale": a federal judge sits on a court named for the
    // country ("U.S. District Court"), so the code is part of the title, as in "U.S. Attorney"; a district attorney's
    // office is a county's, and "U.S. Secretary of State" keeps the country apart.
    private static bool IsFederalJudgeship(Token country, Token level, Token office) =>
        (country.Is("U.S.") || country.Is("US")) && country.IsCapitalized && level.IsCapitalized && office.IsCapitalized
        && (level.Is("District") || level.Is("Circuit")) && office.Is("Judge");
}
