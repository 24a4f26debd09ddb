using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;

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
        if (chunk.Last - chunk.First < MinNameWords || !tokens[chunk.First].IsWord || !tokens[chunk.First + 1].SpaceBefore
            || !(GivenNames.Contains(tokens[chunk.First + 1].Text) || Lexicon.WordLikeGivenNames.Contains(tokens[chunk.First + 1].Text)) || Lexicon.TitleWords.Contains(tokens[chunk.First + 1].Text))
        {
            return false;
        }

        var country = NameForms.CountryOfDemonym(tokens[chunk.First].Text);
        if (country is null || gazetteer.TryFind(tokens[chunk.First].Text, out _) || !IsPersonNameSpan(tokens, chunk.First + 1, chunk.Last))
        {
            return false;
        }

        var before = registry.Records.Count;
        ClassifyChunk(SubChunk(chunk, chunk.First + 1, chunk.Last), chunks);
        for (var k = before; k < registry.Records.Count; k++)
        {
            if (registry.Records[k].Kind == EntityKind.Person)
            {
                registry.Records[k].Affiliation ??= country;
            }
        }

        return true;
    }
}
