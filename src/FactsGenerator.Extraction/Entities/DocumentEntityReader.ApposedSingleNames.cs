using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"the cleric, Fazlan,", "another fan, Nadia,", "a fan called Nadia": a one-word name set off as the
/// apposition of a noun for a person (or called so after one) is that person, named by one name as many people are
/// (a mononym, a fan's first name); the noun is the role.</summary>
internal sealed partial class DocumentEntityReader
{
    // Lower-case words between the determiner and the noun ("the radical cleric", "another young fan").
    private const int MaxApposedNounModifiers = 2;

    // The possessives are only those of a person: "its owner, X," is a body's.
    private static readonly HashSet<string> ApposingDeterminers = Lexicon.Set("the a an another one his her their");

    // The noun of a person the one-word name is apposed to, or null. The name must close the apposition (a comma, a
    // stop or the end follows) or follow "called"/"named" right after the noun ("a village called X" has no noun of a
    // person, so it stays a place).
    private static string? NounApposedToSingleName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First != chunk.Last || chunk.InsideQuote || !NameForms.IsPersonNameWord(tokens[chunk.First]) || NameForms.IsAllCaps(tokens[chunk.First].Text)
            || Gazetteer.EnglishWords.IsOrdinaryWord(tokens[chunk.First].Text))
        {
            return null;
        }

        var p = chunk.First - 1;
        if (p >= 1 && (tokens[p].Is("called") || tokens[p].Is("named")) && NameForms.IsLowerWord(tokens[p]))
        {
            p--;
        }
        else
        {
            var next = chunk.Last + 1;
            if (p < 1 || !tokens[p].IsSymbol(',') || !(next >= tokens.Count || tokens[next].IsSymbol(',') || tokens[next].IsSymbol('.')))
            {
                return null;
            }

            p--;
        }

        if (p < 1 || !NameForms.IsLowerWord(tokens[p]) || !(Lexicon.PersonNouns.Contains(tokens[p].Text) || RoleParser.IsPersonNoun(tokens[p].Text)))
        {
            return null;
        }

        if (Lexicon.IsBodyFilledNounBeside(tokens[p].Text, tokens[chunk.First].Text))
        {
            return null;
        }

        var noun = p;
        var k = p - 1;
        while (k >= 0 && noun - k <= MaxApposedNounModifiers && NameForms.IsLowerWord(tokens[k]) && !ApposingDeterminers.Contains(tokens[k].Text))
        {
            k--;
        }

        // (The determiner may open the sentence: "The cleric, Fazlan, fled".)
        return k >= 0 && tokens[k].IsWord && ApposingDeterminers.Contains(tokens[k].Text.ToLowerInvariant())
            && (NameForms.IsLowerWord(tokens[k]) || k == 0) ? tokens[noun].Text : null;
    }
}
