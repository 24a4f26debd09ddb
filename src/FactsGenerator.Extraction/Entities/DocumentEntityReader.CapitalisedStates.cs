using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// States of federations outside the United States written with a capitalised "State" ("Rakhine State", "Ebonyi
/// State", "Kano State"): Nigerian, Burmese and Sudanese copy names a state so wherever it stands, not only after "in".
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // "fled Rakhine State", "hails from Ebonyi State.", "victims of Zamfara State crises": a region or a city of the
    // gazetteer before a capitalised "State" is the state, named as written. A US state's or city's name before "State"
    // is a university's or a team's ("Ohio State", "Michigan State"), and is left to the other rules. The bare name of a
    // region is the state's alias ("Anambra" beside "Anambra State"); a city's is not, as the city is a place of its own
    // ("Kano" and "Kano State").
    private bool TryCapitalisedState(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last || !tokens[chunk.Last].Is("State") || !tokens[chunk.Last].SpaceBefore)
        {
            return false;
        }

        var bare = SubChunk(chunk, chunk.First, chunk.Last - 1);
        if (!gazetteer.TryFind(bare.Text, out var place) || place.Kind is not (PlaceKind.Region or PlaceKind.City) || place.Country == "United States")
        {
            return false;
        }

        // "the Queensland State government", "the Bolivar State governor": before a lower-case office or "government"
        // the capitalised "State" is the common noun, and the region is named by its bare name, "X State" its alias.
        var next = chunk.Last + 1;
        if (place.Kind == PlaceKind.Region && next < tokens.Count && NameForms.IsLowerWord(tokens[next])
            && (StateBodyNouns.Contains(tokens[next].Text) || Lexicon.RoleHeads.Contains(tokens[next].Text)))
        {
            var region = Add(EntityKind.Place, bare.Text, chunk);
            region.PlaceKind = PlaceKind.Region;
            registry.AddAlias(region, chunk.Text);
            return true;
        }

        var state = Add(EntityKind.Place, chunk.Text, chunk);
        state.PlaceKind = PlaceKind.Region;
        if (place.Kind == PlaceKind.Region)
        {
            registry.AddAlias(state, bare.Text);
        }

        return true;
    }

    /// <summary>Lower-case bodies of a state's own after "X State" ("the Queensland State government").</summary>
    private static readonly System.Collections.Generic.HashSet<string> StateBodyNouns = Lexicon.Set(
        "government governments parliament legislature assembly cabinet budget election elections police");
}
