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
    // A street's name before the kind says where the venue is ("the Velm Street cafe"); the street is the place.
    // A lower-case word after the kind that is no English word of the word list makes one term with it: "the Velm bar
    // mitzvah" is a rite, not a bar (the noun check of the other kinds reads only listed words as nouns).
    private static bool IsVenueKindAt(NameChunk chunk, int k)
    {
        var tokens = chunk.Tokens;
        return VenueKindNouns.Contains(tokens[k].Text) && !(k + 1 < tokens.Count && NameChunker.IsNameWord(tokens[k + 1]))
            && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !Lexicon.StreetWords.Contains(tokens[chunk.Last].Text)
            && !(IsTermWordAfterKind(tokens, k + 1) && tokens[k + 1].Text.Length > 2 && !Gazetteer.EnglishWords.IsOrdinaryWord(tokens[k + 1].Text));
    }

    // Family names of the people the document has named in full so far ("Jo Tarrant" gives "tarrant").
    private readonly HashSet<string> fullNameSurnames = new(System.StringComparer.Ordinal);

    // "Jo Tarrant", "Chef Ana Merrow": a known given name and one more name word ending the run; the last is that
    // person's family name.
    private void NoteFullNameSurname(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.Last > chunk.First && tokens[chunk.Last].SpaceBefore && Gazetteer.GivenNames.Contains(tokens[chunk.Last - 1].Text)
            && NameForms.IsPersonNameWord(tokens[chunk.Last]))
        {
            fullNameSurnames.Add(NameForms.Key(tokens[chunk.Last].Text));
        }
    }

    // "Jo Tarrant opened the Tarrant restaurant ... Tarrant said": a venue named by the family name of a person the
    // document named before is the family's business, and the bare name is still the person's, so the venue is not read
    // (news names a person in full before the business, so the people named so far are enough).
    private bool IsVenueOfNamedPerson(NameChunk chunk, string kind) =>
        VenueKindNouns.Contains(kind) && chunk.First == chunk.Last && fullNameSurnames.Contains(NameForms.Key(chunk.Text));
}
