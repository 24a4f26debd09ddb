using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A nationality written straight before a full name ("American Ana Ruiz won"), the sports pages' way.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Kenyan Jo Kim won", "American Sydney Hallworth broke the record": the demonym is where the person comes from and
    // no part of the name; without the split the run is no one's name, and a town spelled like the given name
    // ("Sydney") was taken for the place. A given name must open the rest, so "American Civil Liberties Union" and
    // "British Prime Minister X" are left to their own rules.
    private bool TrySplitDemonymBeforePerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        const int MinNameWords = 2;
        if (chunk.Last - chunk.First < MinNameWords || !tokens[chunk.First].IsWord || !tokens[chunk.First + 1].SpaceBefore)
        {
            return false;
        }

        var given = tokens[chunk.First + 1].Text;
        if (!(GivenNames.Contains(given) || Lexicon.WordLikeGivenNames.Contains(given)) || Lexicon.TitleWords.Contains(given))
        {
            return false;
        }

        var country = NameForms.CountryOfDemonym(tokens[chunk.First].Text);
        if (country is null || gazetteer.TryFind(tokens[chunk.First].Text, out _) || !IsPersonNameSpan(tokens, chunk.First + 1, chunk.Last))
        {
            return false;
        }

        ClassifyWithAffiliation(SubChunk(chunk, chunk.First + 1, chunk.Last), chunks, country);
        return true;
    }
}
