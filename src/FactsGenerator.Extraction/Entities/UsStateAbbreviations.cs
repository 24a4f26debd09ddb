using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The abbreviations of US states that news agencies write after a town ("Tampa, Fla.") and in a legislator's
/// party tag ("D-N.Y."), in the Associated Press's style. States with short names (Idaho, Ohio, Texas) are written
/// out there and are ordinary places.
/// </summary>
internal static class UsStateAbbreviations
{
    // Written with a full stop after them ("Calif."): the word alone is often an everyday word ("Miss", "Mass").
    private static readonly Dictionary<string, string> Clipped = new(StringComparer.Ordinal)
    {
        ["Ala"] = "Alabama", ["Ariz"] = "Arizona", ["Ark"] = "Arkansas", ["Calif"] = "California", ["Colo"] = "Colorado",
        ["Conn"] = "Connecticut", ["Del"] = "Delaware", ["Fla"] = "Florida", ["Ga"] = "Georgia", ["Ill"] = "Illinois",
        ["Ind"] = "Indiana", ["Kan"] = "Kansas", ["Ky"] = "Kentucky", ["La"] = "Louisiana", ["Md"] = "Maryland",
        ["Mass"] = "Massachusetts", ["Mich"] = "Michigan", ["Minn"] = "Minnesota", ["Miss"] = "Mississippi", ["Mo"] = "Missouri",
        ["Mont"] = "Montana", ["Neb"] = "Nebraska", ["Nev"] = "Nevada", ["Okla"] = "Oklahoma", ["Ore"] = "Oregon",
        ["Pa"] = "Pennsylvania", ["Tenn"] = "Tennessee", ["Vt"] = "Vermont", ["Va"] = "Virginia", ["Wash"] = "Washington",
        ["Wis"] = "Wisconsin", ["Wyo"] = "Wyoming",
    };

    // Written as initials, one token with its stops ("N.Y.").
    private static readonly Dictionary<string, string> Initials = new(StringComparer.Ordinal)
    {
        ["N.H."] = "New Hampshire", ["N.J."] = "New Jersey", ["N.M."] = "New Mexico", ["N.Y."] = "New York",
        ["N.C."] = "North Carolina", ["N.D."] = "North Dakota", ["R.I."] = "Rhode Island", ["S.C."] = "South Carolina",
        ["S.D."] = "South Dakota",
    };

    /// <summary>The state whose abbreviation opens at <paramref name="index"/> ("Calif" and its stop, or "N.Y."), with the
    /// index of its last token; null when none does.</summary>
    public static (string State, int Last)? At(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsWord)
        {
            return null;
        }

        if (Initials.TryGetValue(tokens[index].Text, out var spelled))
        {
            return (spelled, index);
        }

        return index + 1 < tokens.Count && tokens[index + 1].IsSymbol('.') && !tokens[index + 1].SpaceBefore
            && Clipped.TryGetValue(tokens[index].Text, out var state) ? (state, index + 1) : null;
    }
}
