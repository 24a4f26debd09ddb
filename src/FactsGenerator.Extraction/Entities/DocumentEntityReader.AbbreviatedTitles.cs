using FactsGenerator.Extraction.Gazetteer;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Titles in the forms wire copy writes them: compound ranks of abbreviated words ("Lt. Gov.", "Rear Adm.",
/// "Det Sgt"), and a title before a name whose family name is also a word of place ("Sen. Tom Hill"). The abbreviations
/// and police ranks themselves are in <see cref="TitleAbbreviations"/>.</summary>
internal sealed partial class DocumentEntityReader
{
    // Where a compound rank ending at roleStart opens: "Lt." before "Gov.", "Rear" before "Adm.", "Det." or, in British
    // style without the stop, "Det" before "Sgt"; -1 when the word before the title opens none.
    private static int AbbreviatedRankStartBefore(IReadOnlyList<Token> tokens, int first, int roleStart)
    {
        var before = roleStart - 1;
        if (before - 1 >= first && tokens[before].IsSymbol('.') && !tokens[before].SpaceBefore && tokens[before - 1].IsWord
            && TitleAbbreviations.IsAbbreviatedTitleWord(tokens[before - 1].Text))
        {
            return before - 1;
        }

        return before >= first && tokens[before].IsWord
            && (TitleAbbreviations.IsRankOpener(tokens[before].Text) || TitleAbbreviations.IsAbbreviatedTitleWord(tokens[before].Text)) ? before : -1;
    }

    // "Sen. Tom Hill", "Mayor Ana Park": a personal title before a known given name and a family name that is also a word
    // of place is a person, where the bare name would be a place. A sovereign's title is not enough ("Prince Edward
    // Island", "King George Park").
    private bool IsTitledGivenNameAndPlaceWord(IReadOnlyList<Token> tokens, Token title, int first, int last) =>
        last == first + 1 && tokens[last].SpaceBefore && GivenNames.Contains(tokens[first].Text) && IsPlaceOrEventWordSurname(tokens[last].Text)
        && !SovereignTitles.Contains(title.Text);

    // "Ms Hidalgo said", "according to Mr Kent": a plain honorific before one name word makes it a surname even where a
    // region bears it ("Mr Jordan" is a man, not a country); "Dr" and "Prof" are left out ("DR Congo" is written so too).
    // So does it, "Dr" too, before a common family name that also ends places' names ("Mr Park said", "Mrs Hall", "Dr
    // Park"): no place is named with an honorific, and "Park" is among the commonest family names of Korean news.
    private bool IsHonorificBeforeSurname(Token title, IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first != last || NameForms.IsAllCaps(tokens[first].Text))
        {
            return false;
        }

        var plain = title.Text is "Mr" or "Mrs" or "Ms" or "Miss" or "Mx";
        if (plain && NameForms.IsPersonNameWord(tokens[first]))
        {
            return true;
        }

        if ((plain || title.Text is "Dr") && IsPlaceOrEventWordSurname(tokens[first].Text))
        {
            // The word is an everyday word too ("park"): kept from the pass that drops people named only so.
            surnamesAfterHonorific.Add(tokens[first].Text);
            return true;
        }

        return false;
    }

    /// <summary>Family names that are also words of places read after an honorific ("Mr Park"): people, though the
    /// names are ordinary words.</summary>
    private readonly HashSet<string> surnamesAfterHonorific = new(System.StringComparer.Ordinal);
}
