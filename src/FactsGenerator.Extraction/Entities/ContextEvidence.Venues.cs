using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place evidence: a nightclub, a bar, a restaurant or a block of flats named before its lower-case kind.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>
    /// Lower-case kinds of venue and home that news prose writes after the venue's own name ("the Velm nightclub", "the
    /// Orra Towers condominium", "the Tarsk-Cafe bar"); news annotators list the venue as a place, with or without its
    /// kind (3 venues in 3 articles of 3 publishers), so the kind joins the name and the bare name is an alias, as for
    /// the other sites with a lower-case kind.
    /// </summary>
    private static readonly HashSet<string> VenueKindNouns = Lexicon.Set("nightclub bar pub restaurant cafe café condominium");

    // "the Velm nightclub in Orra", "the Orra Towers condominium": a venue's kind after its name, unless a capitalised
    // word goes on after it, where "bar" is a patronymic's particle ("Shimon bar Yohai") and the kind opens a longer
    // name, or a body's head word ends the name: "the Supreme Court bar" is the court's lawyers, "the Labour Party bar"
    // a room of the party's.
    private static bool IsVenueKindAt(NameChunk chunk, int k)
    {
        var tokens = chunk.Tokens;
        return VenueKindNouns.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && NameChunker.IsNameWord(tokens[k + 1]))
            && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text);
    }
}
