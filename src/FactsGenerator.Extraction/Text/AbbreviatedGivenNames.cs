namespace FactsGenerator.Extraction.Text;

/// <summary>Given names written shortened with a stop before the rest of the name ("Ma. Teresa Ruiz" for Maria, as
/// Filipino names are written; "Wm. Hale" for William): the stop ends neither the sentence nor the name.</summary>
internal static class AbbreviatedGivenNames
{
    public static bool Contains(string word) => word is "Ma" or "Wm" or "Chas" or "Thos" or "Jas";
}
