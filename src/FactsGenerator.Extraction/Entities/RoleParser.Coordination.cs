using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// "the region's Fire and Rescue Commissioner", "Lakeside's Ports and Shipping Minister", "Deputy Mayor for
    /// Housing and Minister of Culture": the start of the capitalised field or office joined by "and" to the
    /// office starting at start, or -1. A field must follow a determiner, a possessive, a country or the start of the
    /// sentence (an office of its own may follow anything), and no word of it may be a person's name ("Ruiz and Foreign
    /// Minister X" lists two people).
    /// </summary>
    public static int CoordinatedCapitalisedFieldStart(IReadOnlyList<Token> tokens, int start)
    {
        const int MaxFieldWords = 5;
        var and = start - 1;
        if (and < 1 || !tokens[and].Is("and") || !char.IsUpper(tokens[start].Text[0]))
        {
            return -1;
        }

        var first = and;
        var office = false;
        while (first - 1 >= 0 && and - (first - 1) <= MaxFieldWords)
        {
            var word = tokens[first - 1];
            // ("Mayor for Housing": a lower-case "for" or "of" inside the office.)
            var inner = (word.Is("for") || word.Is("of")) && first < and && first - 2 >= 0 && Lexicon.TitleWords.Contains(tokens[first - 2].Text);
            if (!inner && !IsCapitalisedFieldWord(word))
            {
                break;
            }

            office |= Lexicon.TitleWords.Contains(word.Text);
            first--;
        }

        if (first == and)
        {
            return -1;
        }

        // ("President Vale and Vice President X": after a title, a word that is neither a title nor a field is a name.)
        for (var i = first + 1; i < and; i++)
        {
            if (Lexicon.TitleWords.Contains(tokens[i - 1].Text) && !(Lexicon.TitleWords.Contains(tokens[i].Text) || tokens[i].Is("for") || tokens[i].Is("of") || IsFieldOfGovernment(tokens[i].Text)))
            {
                return -1;
            }
        }

        var before = first - 1;
        var opens = office || before < 0 || IsDeterminer(tokens[before]) || IsPossessiveS(tokens[before])
            || (tokens[before].IsWord && NameForms.IsCountryOrDemonym(tokens[before].Text));
        return opens ? first : -1;
    }

    // A capitalised common word that can name a field or an office ("Fire", "Ports", "Deputy"), not a person's name, a
    // place or a nationality.
    private static bool IsCapitalisedFieldWord(Token token) =>
        token.IsWord && char.IsUpper(token.Text[0]) && !NameForms.IsAllCaps(token.Text) && !NameForms.IsCountryOrDemonym(token.Text)
        && !GivenNames.Contains(token.Text) && !Surnames.Contains(token.Text)
        && (!Lexicon.CapitalisedFunctionWords.Contains(token.Text) || NounsAmongFunctionWords.Contains(token.Text.ToLowerInvariant()))
        && (EnglishWords.IsOrdinaryWord(token.Text) || Lexicon.TitleWords.Contains(token.Text));

    // "Garden", "Studio": an ordinary word opening the sentence, which no list knows as a name, a place or a body.
    private static bool IsCommonWordOpeningSentence(Token token) =>
        IsPlainCapitalisedWordIgnoringBodies(token) && !Surnames.Contains(token.Text) && EnglishWords.IsOrdinaryWord(token.Text);

    // The index after "the province's" or "the ruling party's" starting at p (one or two lower-case words and a possessive),
    // or p itself.
    private static int SkipCommonPossessor(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxOwnerWords = 2;
        if (p < 1 || !IsDeterminer(tokens[p - 1]))
        {
            return p;
        }

        for (var k = p; k < tokens.Count && k - p < MaxOwnerWords && NameForms.IsLowerWord(tokens[k]) && !IsDeterminer(tokens[k]); k++)
        {
            if (k + 2 < tokens.Count && IsPossessiveS(tokens[k + 1]) && (NameForms.IsLowerWord(tokens[k + 2]) || Lexicon.TitleWords.Contains(tokens[k + 2].Text)))
            {
                return k + 2;
            }
        }

        return p;
    }

    // "jazz club owner Y", "rock drummer Y" from first: lower-case words ending in an office or occupation
    // right before a capitalised name, which is then the person the phrase describes.
    private static bool IsPersonAfterRolePhrase(IReadOnlyList<Token> tokens, int first)
    {
        const int MaxPhraseWords = 6;
        for (var k = first; k < tokens.Count - 1 && k - first < MaxPhraseWords && NameForms.IsLowerWord(tokens[k]); k++)
        {
            if (IsRoleNoun(tokens[k]) && NameChunker.IsNameWord(tokens[k + 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[k + 1].Text))
            {
                return true;
            }
        }

        return false;
    }
}
