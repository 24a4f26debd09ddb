using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Campuses of a state's university, named with their city after a comma.</summary>
internal sealed partial class DocumentEntityReader
{
    // "the University of Velmshire, Tarsk": a state university's campus is named by its city after a comma; the city
    // is part of the university's name there, not a place the article is about.
    private void JoinUniversityCampuses(List<NameChunk> chunks)
    {
        for (var k = chunks.Count - 2; k >= 0; k--)
        {
            var university = chunks[k];
            var city = chunks[k + 1];
            var tokens = university.Tokens;
            var comma = university.Last + 1;
            if (comma + 1 != city.First || !tokens[comma].IsSymbol(',') || university.InsideQuote != city.InsideQuote
                || !NamesStateUniversity(university) || !gazetteer.TryFind(city.Text, out var place) || place.Kind != PlaceKind.City)
            {
                continue;
            }

            chunks[k] = new NameChunk(university.Sentence, university.First, city.Last,
                AnalyzedText.CollapseWhitespace(text.Original, university.Start, city.End), university.InsideQuote);
            chunks.RemoveAt(k + 1);
        }
    }

    // "University of Velmshire" at the end of the run, the state a gazetteer region.
    private bool NamesStateUniversity(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        for (var i = chunk.First; i + 2 <= chunk.Last; i++)
        {
            if (tokens[i].Is("University") && tokens[i + 1].Is("of"))
            {
                var state = AnalyzedText.CollapseWhitespace(text.Original, tokens[i + 2].Start, chunk.End);
                return gazetteer.TryFind(state, out var region) && region.Kind == PlaceKind.Region;
            }
        }

        return false;
    }
}
