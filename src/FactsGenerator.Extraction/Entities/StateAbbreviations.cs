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

    // The two capitals of the postal service ("DENVER, CO -"), which some local papers set in their datelines. Many
    // are everyday words in capitals ("IN", "OR", "ME", "OK"), so they are read only between a dateline's comma and its
    // dash or agency (see DatelineDash).
    private static readonly Dictionary<string, string> PostalCodes = new(System.StringComparer.Ordinal)
    {
        ["AL"] = "Alabama", ["AK"] = "Alaska", ["AZ"] = "Arizona", ["AR"] = "Arkansas", ["CA"] = "California", ["CO"] = "Colorado",
        ["CT"] = "Connecticut", ["DE"] = "Delaware", ["FL"] = "Florida", ["GA"] = "Georgia", ["HI"] = "Hawaii", ["ID"] = "Idaho",
        ["IL"] = "Illinois", ["IN"] = "Indiana", ["IA"] = "Iowa", ["KS"] = "Kansas", ["KY"] = "Kentucky", ["LA"] = "Louisiana",
        ["ME"] = "Maine", ["MD"] = "Maryland", ["MA"] = "Massachusetts", ["MI"] = "Michigan", ["MN"] = "Minnesota", ["MS"] = "Mississippi",
        ["MO"] = "Missouri", ["MT"] = "Montana", ["NE"] = "Nebraska", ["NV"] = "Nevada", ["NH"] = "New Hampshire", ["NJ"] = "New Jersey",
        ["NM"] = "New Mexico", ["NY"] = "New York", ["NC"] = "North Carolina", ["ND"] = "North Dakota", ["OH"] = "Ohio", ["OK"] = "Oklahoma",
        ["OR"] = "Oregon", ["PA"] = "Pennsylvania", ["RI"] = "Rhode Island", ["SC"] = "South Carolina", ["SD"] = "South Dakota",
        ["TN"] = "Tennessee", ["TX"] = "Texas", ["UT"] = "Utah", ["VT"] = "Vermont", ["VA"] = "Virginia", ["WA"] = "Washington",
        ["WV"] = "West Virginia", ["WI"] = "Wisconsin", ["WY"] = "Wyoming",
    };

    /// <summary>The state a postal code stands for ("CO" → "Colorado"), or null; for datelines only.</summary>
    public static string? StateOfPostalCode(string code) => PostalCodes.TryGetValue(code, out var state) ? state : null;

    /// <summary>The full names of the abbreviated states; each is asked about alone, so their order does not matter.</summary>
    public static IEnumerable<string> StateNames => States.Values;

    /// <summary>The full names of the abbreviated Canadian provinces; each is asked about alone.</summary>
    public static IEnumerable<string> ProvinceNames => Provinces.Values;

    /// <summary>The state or province an abbreviation written with its full stops stands for ("Calif." → "California",
    /// "Ont." → "Ontario"), or null.</summary>
    public static string? StateOf(string abbreviation) =>
        States.TryGetValue(abbreviation, out var state) || Provinces.TryGetValue(abbreviation, out state) ? state : null;
}
