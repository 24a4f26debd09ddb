using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"Conservative MPs", "Labour MLAs": the plural of an office's letters after a party's word counts members of
/// a chamber; it is no one's name.</summary>
internal sealed partial class DocumentEntityReader
{
    // One word: the capital letters of an office ("MP", "MLA", "MEP") with a lower-case plural "s".
    private static bool IsPluralOfficeAcronym(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first != last || !tokens[first].IsWord)
        {
            return false;
        }

        var word = tokens[first].Text;
        if (word.Length < 3 || word[word.Length - 1] != 's')
        {
            return false;
        }

        var stem = word.Substring(0, word.Length - 1);
        return NameForms.IsAllCaps(stem) && (Lexicon.TitleWords.Contains(stem) || TitleAbbreviations.IsShortTitle(stem) || NameChunker.IsSeatAbbreviation(stem));
    }
}
