using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Industrial works named with a capitalised head ("the Kestrel Casting Plant", "the Orra Refinery").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Capitalised heads of a works' name; they are place heads (<see cref="Lexicon.PlaceHeads"/>), as a mine is.</summary>
    private static readonly HashSet<string> WorksHeads = Lexicon.Set("Plant Factory Refinery");

    // "(IISCO) Steel Plant", "a Power Plant", "Factory": the head alone, or after one ordinary word that says what is made
    // there, names a kind of works, not one works; a word of its own ("Kestrel Casting Plant", "Orra Refinery") or two
    // words ("Continue Casting Plant") name the site.
    private static bool IsKindOfWorks(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!WorksHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        return chunk.First == chunk.Last
            || (chunk.Last - chunk.First == 1 && Gazetteer.EnglishWords.IsOrdinaryWord(tokens[chunk.First].Text));
    }
}
