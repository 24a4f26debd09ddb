using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The abbreviations of US states that news agencies write after a town ("Fresno, Calif.", "Albany, N.Y."), in
/// datelines and in older body text (the agencies' style books; they write eight states out in full, so "Alaska",
/// "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas" and "Utah" have none and are found by the gazetteer), and those of
/// Canada's provinces, which Canadian and agency copy writes the same way ("Waterloo, Ont.", "Kelowna, B.C.").
/// </summary>
internal static class StateAbbreviations
{
    private static readonly Dictionary<string, string> States = new(System.StringComparer.Ordinal)
    {
        ["Ala."] = "Alabama", ["Ariz."] = "Arizona", ["Ark."] = "Arkansas", ["Calif."] = "California", ["Colo."] = "Colorado",
        ["Conn."] = "Connecticut", ["Del."] = "Delaware", ["Fla."] = "Florida", ["Ga."] = "Georgia", ["Ill."] = "Illinois",
        ["Ind."] = "Indiana", ["Kan."] = "Kansas", ["Ky."] = "Kentucky", ["La."] = "Louisiana", ["Md."] = "Maryland",
        ["Mass."] = "Massachusetts", ["Mich."] = "Michigan", ["Minn."] = "Minnesota", ["Miss."] = "Mississippi", ["Mo."] = "Missouri",
        ["Mont."] = "Montana", ["Neb."] = "Nebraska", ["Nev."] = "Nevada", ["N.H."] = "New Hampshire", ["N.J."] = "New Jersey",
        ["N.M."] = "New Mexico", ["N.Y."] = "New York", ["N.C."] = "North Carolina", ["N.D."] = "North Dakota", ["Okla."] = "Oklahoma",
        ["Ore."] = "Oregon", ["Pa."] = "Pennsylvania", ["R.I."] = "Rhode Island", ["S.C."] = "South Carolina", ["S.D."] = "South Dakota",
        ["Tenn."] = "Tennessee", ["Vt."] = "Vermont", ["Va."] = "Virginia", ["Wash."] = "Washington", ["W.Va."] = "West Virginia",
        ["Wis."] = "Wisconsin", ["Wyo."] = "Wyoming",
    };

    // The Canadian Press style book's abbreviations (Yukon and the territories are written out; "Man." and "B.C." are
    // read only after a town and a comma, as every abbreviation here is).
    private static readonly Dictionary<string, string> Provinces = new(System.StringComparer.Ordinal)
    {
        ["Alta."] = "Alberta", ["B.C."] = "British Columbia", ["Man."] = "Manitoba", ["N.B."] = "New Brunswick",
        ["Nfld."] = "Newfoundland and Labrador", ["N.S."] = "Nova Scotia", ["Ont."] = "Ontario", ["P.E.I."] = "Prince Edward Island",
        ["Que."] = "Quebec", ["Sask."] = "Saskatchewan",
    };

    /// <summary>The full names of the abbreviated states; each is asked about alone, so their order does not matter.</summary>
    public static IEnumerable<string> StateNames => States.Values;

    /// <summary>The full names of the abbreviated Canadian provinces; each is asked about alone.</summary>
    public static IEnumerable<string> ProvinceNames => Provinces.Values;

    /// <summary>The state or province an abbreviation written with its full stops stands for ("Calif." → "California",
    /// "Ont." → "Ontario"), or null.</summary>
    public static string? StateOf(string abbreviation) =>
        States.TryGetValue(abbreviation, out var state) || Provinces.TryGetValue(abbreviation, out state) ? state : null;
}
