using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// The wire services whose copy other outlets republish. "..., according to AFP" after a clause whose subject is
/// named tells who reported the words, not who said them.
/// </summary>
internal static class NewsAgencies
{
    // Full names as the entity reader gives them; a closed class, so a list rather than a data set.
    private static readonly HashSet<string> Names = new(System.StringComparer.Ordinal)
    {
        "AFP", "Agence France-Presse", "Agence France Presse", "Reuters", "Thomson Reuters", "AP", "Associated Press",
        "The Associated Press", "Xinhua", "Xinhua News Agency", "TASS", "Interfax", "Kyodo", "Kyodo News", "Yonhap",
        "Anadolu", "Anadolu Agency", "Bernama", "ANSA", "EFE", "dpa", "DPA", "Press Trust of India", "PTI", "UPI",
        "United Press International", "Bloomberg", "Bloomberg News",
    };

    public static bool IsNewsAgency(string name) => Names.Contains(name);
}
