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
}
