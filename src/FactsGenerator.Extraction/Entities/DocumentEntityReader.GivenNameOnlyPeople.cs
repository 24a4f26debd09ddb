using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Runs that read as a person's name only because their first word is also a given name ("Gran Velmaria",
/// "Ford Velmaro", "Dalton Place"), where the word before them says no person is meant.</summary>
internal sealed partial class DocumentEntityReader
{
    // Prepositions a street or an island is named after ("shot on Dalton Place", "a villa at Morgan Drive", "Orvel
    // on Gran Velmaria"). Many nouns and verbs take a person after "on" ("an attack on", "called on"), so the run must
    // also end in a street's word or follow the place it contains.
    private static readonly HashSet<string> SitePrepositions = Lexicon.Set("on at near");

    // What someone owns is written after a possessive determiner ("his Ford Velmaro", "their Jaguar Rover"); a person is
    // named so only through a relation word between ("his wife Ana Ruiz"), which is no part of the run. ("her" is left
    // out: it is also an object, "told her Ana Ruiz had died".)
    private static readonly HashSet<string> PossessiveDeterminers = Lexicon.Set("his their its my our your");

    private static bool OpensWithKnownGivenName(NameChunk chunk) =>
        GivenNames.Contains(chunk.Tokens[chunk.First].Text) || Lexicon.WordLikeGivenNames.Contains(chunk.Tokens[chunk.First].Text);

    // The only sign of a person is a given name opening the run: no known family name, no role, no verb of saying, no
    // age, no later use of the last word alone, and so on (HasPersonEvidence without its given-name test).
    private bool RestsOnGivenNameAlone(NameChunk chunk, List<NameChunk> chunks) =>
        OpensWithKnownGivenName(chunk) && !HasPersonEvidence(chunk, chunks, countFirstGivenName: false);

    // "crashed near Orvel on Gran Velmaria", "shot on Dalton Place": a run that rests on a given name alone, written
    // right after a lower-case preposition of place as a street or an island, is the place; "in his Ford Velmaro" names
    // a thing, no one. True when the run was read so (as a place, or as nothing).
    private bool TryGivenNameOnlyNonPerson(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First - 1;
        if (before < 0 || !NameForms.IsLowerWord(tokens[before]) || chunk.InsideQuote)
        {
            return false;
        }

        var site = SitePrepositions.Contains(tokens[before].Text) && !IsPossessed(tokens, chunk.Last) && !AimedActs.PrecedePreposition(tokens, before)
            && (IsStreetWord(tokens[chunk.Last].Text) || (tokens[before].Is("on") && IsTownEndingAt(chunks, before - 1)));
        if (!site && !PossessiveDeterminers.Contains(tokens[before].Text))
        {
            return false;
        }

        if (!RestsOnGivenNameAlone(chunk, chunks))
        {
            return false;
        }

        if (site)
        {
            Add(EntityKind.Place, chunk.Text, chunk);
        }

        return true;
    }

    // "Place" ends a street's name as the street words do, but Lexicon.StreetWords leaves it out as it ends other names
    // too (a venue's, a development's); after a preposition of place it is a site either way.
    private static bool IsStreetWord(string word) => Lexicon.StreetWords.Contains(word) || word == "Place";

    // "near Orvel on Gran Velmaria": a town on an island, where the town is itself where something happened (after a
    // preposition of place). A country or a state is no town on an island, and after other words the "on" belongs to
    // a noun before it that takes a person: "sanctions imposed by Britain on Ana Velkor", "the pressure from Orrick on
    // Ana Velkor", "the ruling in Texas on Ana Velkor".
    private bool IsTownEndingAt(List<NameChunk> chunks, int last)
    {
        if (last < 0 || NameChunkIndex.EndingAt(chunks, last) is not { } place || place.First < 1 || !TownPrepositions.Contains(place.Tokens[place.First - 1].Text))
        {
            return false;
        }

        if (gazetteer.TryFind(place.Text, out var known))
        {
            return known.Kind != Model.PlaceKind.Country && known.Kind != Model.PlaceKind.Region;
        }

        return registry.Find(place.Text, EntityKind.Place) is not null || evidence.IsWeakPlace(place.Text)
            || (evidence.TryGetStrong(place.Text, out var kind) && kind == EntityKind.Place);
    }

    // Lower-case prepositions that put a town where something happened ("near Orvel", "in Puerto Velm").
    private static readonly HashSet<string> TownPrepositions = Lexicon.Set("near in at outside");

    // "Ana Ruiz's", "Ana Ruiz'": the run owns what follows.
    private static bool IsPossessed(IReadOnlyList<Token> tokens, int last) =>
        last + 1 < tokens.Count && (RoleParser.IsPossessiveS(tokens[last + 1]) || tokens[last + 1].IsSymbol('\''));
}
