using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// A first name given with an age ("Eleven-year-old Mira", "the 9-year-old Tomas", "Tomas, 15,"): news gives
/// children and witnesses only a first name, and the age says the name is a person's, so what they say has a speaker.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxAgeDigits = 3;

    private bool IsAgedFirstName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var word = tokens[chunk.First];
        if (chunk.First != chunk.Last || chunk.InsideQuote || !GivenNames.Contains(word.Text) || !NameForms.IsPersonNameWord(word) || NameForms.IsAllCaps(word.Text))
        {
            return false;
        }

        return EndsAgeAdjective(tokens, chunk.First - 1) || IsFollowedByAge(tokens, chunk.Last);
    }

    // "14-year-old", "Eleven-year-old" ending at "old" (number words are looked up whatever their case: one opening a sentence is capitalised).
    private static bool EndsAgeAdjective(IReadOnlyList<Token> tokens, int old)
    {
        if (!AgeAdjective.FollowsNumber(tokens, old - 4))
        {
            return false;
        }

        var number = tokens[old - 4];
        return (number.IsNumber && number.Text.Length <= MaxAgeDigits)
            || (number.IsWord && (NumberWords.TryUnit(number.Text, out _) || NumberWords.TryTens(number.Text, out _)));
    }

    // "Tomas, 15, said": a small number set off by commas right after a first name is an age.
    private static bool IsFollowedByAge(IReadOnlyList<Token> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].IsSymbol(',') && tokens[last + 2].IsNumber && tokens[last + 2].Text.Length <= MaxAgeDigits
        && tokens[last + 3].IsSymbol(',');
}
