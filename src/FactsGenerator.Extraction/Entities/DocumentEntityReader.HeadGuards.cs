using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place heads that name no place in some runs: industrial works ("the Kestrel Casting Plant") and a passage.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Capitalised heads of a works' name; they are place heads (<see cref="Lexicon.PlaceHeads"/>), as a mine is.</summary>
    private static readonly HashSet<string> WorksHeads = Lexicon.Set("Plant Factory Refinery");

    // Whether the run's place head names no place there.
    // "(IISCO) Steel Plant", "a Power Plant", "Factory": the head alone, or after one ordinary word that says what is made
    // there, names a kind of works, not one works; a word of its own ("Kestrel Casting Plant", "Orra Refinery") or two
    // words ("Continue Casting Plant") name the site. "Rite of Passage": a passage right after "of" is a going through,
    // no strait ("the Nora Passage" is one).
    private static bool IsHeadOfNoPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var head = tokens[chunk.Last].Text;
        if (head == "Passage")
        {
            return chunk.Last > chunk.First && tokens[chunk.Last - 1].Is("of");
        }

        if (!WorksHeads.Contains(head))
        {
            return false;
        }

        return chunk.First == chunk.Last
            || (chunk.Last - chunk.First == 1 && Gazetteer.EnglishWords.IsOrdinaryWord(tokens[chunk.First].Text));
    }
}
