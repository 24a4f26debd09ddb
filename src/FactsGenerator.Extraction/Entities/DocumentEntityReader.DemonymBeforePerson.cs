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
        if (country is null || gazetteer.TryFind(tokens[chunk.First].Text, out _))
        {
            return false;
        }

        // "Italian Ivo Pern of the Orrex Agency": a person's name, then "of" and the body they belong to; the body is
        // the affiliation, as it is without the demonym, and the demonym is no part of either name.
        if (!IsPersonNameSpan(tokens, chunk.First + 1, chunk.Last))
        {
            if (PersonNameEndBeforeOf(tokens, chunk.First + 1, chunk.Last) < 0)
            {
                return false;
            }

            ClassifyChunk(SubChunk(chunk, chunk.First + 1, chunk.Last), chunks);
            return true;
        }

        ClassifyWithAffiliation(SubChunk(chunk, chunk.First + 1, chunk.Last), chunks, country);
        if (tokens[chunk.First].Text.EndsWith("s", System.StringComparison.Ordinal))
        {
            NoteListedCompatriots(chunk, chunks, country);
        }

        return true;
    }

    // Where the names listed after a plural demonym begin, with the country it gives them all ("Kenyans Jo Kim and
    // Ana Ruiz": both are Kenya's).
    private readonly Dictionary<int, string> compatriotCountries = new();

    private void NoteListedCompatriots(NameChunk chunk, List<NameChunk> chunks, string country)
    {
        var tokens = chunk.Tokens;
        var p = chunk.Last + 1;
        while (p + 1 < tokens.Count && (tokens[p].IsSymbol(',') || tokens[p].Is("and")))
        {
            var last = tokens[p].IsSymbol(',') && tokens[p + 1].Is("and");
            p += last ? 2 : 1;
            if (NameChunkIndex.StartingAt(chunks, p) is not { } next)
            {
                return;
            }

            compatriotCountries[next.Start] = country;
            if (last || tokens[p - 1].Is("and"))
            {
                return;
            }

            p = next.Last + 1;
        }
    }

    // The country a plural demonym before the list gave this name, if any.
    private string? CompatriotCountry(NameChunk chunk) => compatriotCountries.TryGetValue(chunk.Start, out var country) ? country : null;

    // The "of" after a given name and a family name of one to three words that opens first..last, or -1.
    private int PersonNameEndBeforeOf(IReadOnlyList<Text.Token> tokens, int first, int last)
    {
        const int MaxNameWords = 4;
        for (var of = first + 2; of < last && of - first <= MaxNameWords; of++)
        {
            if (tokens[of].Is("of"))
            {
                return IsPersonNameSpan(tokens, first, of - 1) ? of : -1;
            }
        }

        return -1;
    }
}
