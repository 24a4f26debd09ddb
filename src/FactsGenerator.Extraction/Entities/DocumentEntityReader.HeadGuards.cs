using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place heads that name no place in some runs: industrial works ("the Kestrel Casting Plant") and a passage.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Capitalised heads of a works' name; they are place heads (<see cref="Lexicon.PlaceHeads"/>), as a mine is.</summary>
    private static readonly HashSet<string> WorksHeads = Lexicon.Set("Plant Factory Refinery");

    // Whether the run's place head names no place there.
    // "(Orvik) Steel Plant", "a Power Plant", "Factory": the head alone, or after one ordinary word that says what is made
    // there, names a kind of works, not one works; a word of its own ("Kestrel Casting Plant", "Orra Refinery") or two
    // words ("Velm Casting Plant") name the site. "Rite of Passage": a passage right after "of" is a going through,
    // no strait ("the Nora Passage" is one).
    // These heads are also family names: "Mayor Ellen Plant", "Sergeant Mira Passage", "Councillor Jo Factory" are
    // titled people (a works or a strait takes no title), and "Ellen Plant", given names alone before a works' head,
    // name a person (a works is named after its owner, its product or its town).
    private static bool IsHeadOfNoPlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var head = tokens[chunk.Last].Text;
        var isWorks = WorksHeads.Contains(head);
        if (head != "Passage" && !isWorks)
        {
            return false;
        }

        if (chunk.Last > chunk.First && OpensWithTitle(chunk))
        {
            return true;
        }

        if (head == "Passage")
        {
            return chunk.Last > chunk.First && tokens[chunk.Last - 1].Is("of");
        }

        return chunk.First == chunk.Last
            || (chunk.Last - chunk.First == 1 && Gazetteer.EnglishWords.IsOrdinaryWord(tokens[chunk.First].Text))
            || AreGivenNamesOnly(tokens, chunk.First, chunk.Last - 1);
    }

    // "Mayor", "Detective", "Sgt", "DCI" opening the run.
    private static bool OpensWithTitle(NameChunk chunk)
    {
        var first = chunk.Tokens[chunk.First];
        return first.IsWord && char.IsUpper(first.Text[0]) && TitleAbbreviations.IsTitle(first.Text);
    }

    // "Ellen", "Ana Maria": one or two given names that are no ordinary words ("Grace", "Hope" may name a works).
    private static bool AreGivenNamesOnly(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last - first > 1)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsWord || !Gazetteer.GivenNames.Contains(tokens[i].Text) || Gazetteer.EnglishWords.IsOrdinaryWord(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }
}
