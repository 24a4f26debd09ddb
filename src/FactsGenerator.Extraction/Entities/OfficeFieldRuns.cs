using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Capitals before an office that say which office it is rather than name a body: "Dorset Water Safety
/// Coordinator X", "Orra County Emergency Management Director X", "Senate Democratic leader X".</summary>
internal static class OfficeFieldRuns
{
    // Everyday words after the place that a field before a capitalised office needs at least: one ("Thames Water
    // Director X") is as often a utility or firm named for its place as a field.
    private const int MinFieldWords = 2;

    // Longer runs are never an office's field, and the bound keeps the tails looked up below few and short.
    private const int MaxRunWords = 6;

    // The place an office serves and two or more everyday capitals before a capitalised office ("Orra County Emergency
    // Management Director X", "Dorset Water Safety Coordinator X") are the office's field, as annotators write it into
    // the role ("emergency management director"), not a body: the last word heads no body ("Management", "Safety", not
    // "Board", "Ministry", "Police" or a firm's "Motors"), no tail of the run is a known body ("Philippine Red Cross
    // Chair X"), and the run opens with a country, its demonym or a place (with its "County" or "State"). Bodies named by
    // everyday words alone ("Extinction Rebellion", "Planned Parenthood") or holding a name of their own ("Scripps
    // Oceanography Director X") stay bodies.
    public static bool EndsInOfficeField(NameChunk run)
    {
        var tokens = run.Tokens;
        var last = tokens[run.Last];
        if (run.Last - run.First + 1 > MaxRunWords || !last.IsWord || !EnglishWords.IsOrdinaryWord(last.Text) || Lexicon.IsBodyOrCompanyWord(last.Text) || Lexicon.PlaceHeads.Contains(last.Text))
        {
            return false;
        }

        // The place served: its first word, and the place's head after it ("Orra County").
        var first = tokens[run.First];
        var placeHeaded = run.First + 1 <= run.Last && Lexicon.PlaceHeads.Contains(tokens[run.First + 1].Text);
        if (!(first.IsWord && (NameForms.IsCountryOrDemonym(first.Text) || PlaceGazetteer.Instance.TryFind(first.Text, out _)))
            && !(placeHeaded && first.IsCapitalized))
        {
            return false;
        }

        var fieldStart = placeHeaded ? run.First + 2 : run.First + 1;
        if (run.Last - fieldStart + 1 < MinFieldWords)
        {
            return false;
        }

        // From the last word back, so every tail is looked up once as it grows ("Red Cross" of "Philippine Red Cross").
        var tail = string.Empty;
        for (var k = run.Last; k >= run.First; k--)
        {
            var word = tokens[k];
            tail = tail.Length == 0 ? word.Text : word.Text + " " + tail;
            if (!word.IsWord || !word.IsCapitalized || (k >= fieldStart && !EnglishWords.IsOrdinaryWord(word.Text)) || OrganizationLexicon.Contains(tail))
            {
                return false;
            }
        }

        return true;
    }

    // "Senate Democratic leader X", "House Republican Whip X": a chamber and a party's adjective say which side of the
    // chamber the office leads; they name no body "Senate Democratic" (the chamber written on its own still is one).
    public static bool IsChamberSide(NameChunk run) =>
        run.Last == run.First + 1 && (Lexicon.StandaloneInstitutions.Contains(run.Tokens[run.First].Text) || run.Tokens[run.First].Is("House"))
        && Lexicon.PartyAdjectives.Contains(run.Tokens[run.Last].Text);
}
