using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// "The Orra County sheriff said", "a Velm Parish deputy", "the Tarsk Borough clerk": a county, a parish or a borough
/// named before a lower-case office or person noun is where that office is held, a place, as a gazetteer town is ("a
/// Texas official"). Only the name's own head word says so: such counties are too many for the gazetteer. A body
/// named whole ("the Orra County sheriff's office", "Orra County Council") is read by the body rules, not here.
/// </summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Heads of a local area written after its name in American and British usage.</summary>
    private static readonly HashSet<string> ModifierAreaHeads = Lexicon.Set("County Parish Borough");

    // "Orra County", "Fond Velm Parish": capitalised name words, then the head (not "Republican County", a party's
    // county committee, nor "Democratic Parish").
    private static bool IsNamedLocalArea(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount < 2 || !ModifierAreaHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        for (var k = chunk.First; k < chunk.Last; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsWord || !char.IsUpper(word[0]) || Lexicon.NonNameWords.Contains(word) || Lexicon.CapitalisedFunctionWords.Contains(word)
                || Lexicon.PartyAdjectives.Contains(word) || Lexicon.OrganizationHeads.Contains(word) || NameForms.CountryOfDemonym(word) is not null)
            {
                return false;
            }
        }

        return true;
    }
}
