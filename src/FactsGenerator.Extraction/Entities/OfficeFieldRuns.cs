using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Capitals before an office that say which office it is rather than name a body: "National Water Safety
/// Coordinator X", "Orra County Emergency Management Director X", "Senate Democratic leader X".</summary>
internal static class OfficeFieldRuns
{
    // A run of two or more capitalised words that ends in an everyday word heading no body ("Management", "Democratic",
    // not "Board", "Ministry", "Police" or a firm's "Motors") is the office's field or the holder's side, as annotators
    // write it into the role ("emergency management director", "senate democratic leader"), when every other word is an
    // everyday word too or names the place served ("Orra County", a country or its demonym). A run holding a name of its
    // own ("Scripps Oceanography director X"), ending in a place's head, or ending in a known body ("Philippine Red Cross
    // chair X") stays a body; a single word ("Velmco CEO X") is left to the other evidence, and a run with a lower-case
    // word in it is another reading.
    public static bool EndsInOfficeField(NameChunk run)
    {
        var tokens = run.Tokens;
        var last = tokens[run.Last];
        if (run.SpacedWordCount < 2 || !last.IsWord || !EnglishWords.IsOrdinaryWord(last.Text) || Lexicon.IsBodyOrCompanyWord(last.Text)
            || Lexicon.PlaceHeads.Contains(last.Text))
        {
            return false;
        }

        // From the last word back, so every tail is looked up once as it grows ("Red Cross" of "Philippine Red Cross").
        var tail = string.Empty;
        for (var k = run.Last; k >= run.First; k--)
        {
            var word = tokens[k];
            if (!word.IsWord || !word.IsCapitalized)
            {
                return false;
            }

            var namesPlace = NameForms.IsCountryOrDemonym(word.Text) || PlaceGazetteer.Instance.TryFind(word.Text, out _)
                || Lexicon.PlaceHeads.Contains(word.Text) || (k < run.Last && Lexicon.PlaceHeads.Contains(tokens[k + 1].Text));
            tail = tail.Length == 0 ? word.Text : word.Text + " " + tail;
            if ((!EnglishWords.IsOrdinaryWord(word.Text) && !namesPlace) || OrganizationLexicon.Contains(tail))
            {
                return false;
            }
        }

        return true;
    }
}
