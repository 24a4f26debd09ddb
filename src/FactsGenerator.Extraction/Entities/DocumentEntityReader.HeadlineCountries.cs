using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A country opening a run of capitals in a title-case headline ("Velmoria Ferry Sinks Off Coast").</summary>
internal sealed partial class DocumentEntityReader
{
    // A headline in title case capitalises every word, so a country named in full before the word it modifies runs
    // into one chunk with it ("Velmoria Ferry", "Ostland Floods Leave Thousands Homeless"); a country named in full is a
    // place even as a modifier. Only an ordinary English word may follow it (not a body's head, "Velmoria Airways", nor a
    // name the document knows), the country is written out (a code, "US Envoy", is only a modifier), and a country that is
    // also a given name ("Jordan Scores Twice") is left to the name rules.
    private bool TryCountryOpeningHeadlineRun(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount < 2)
        {
            return false;
        }

        var end = LongestPlace(tokens, chunk.First, chunk.Last, out var place);
        if (end < chunk.First || end >= chunk.Last || place is null || place.Kind != PlaceKind.Country || tokens[chunk.First].Is("the"))
        {
            return false;
        }

        var next = tokens[end + 1];
        var country = SubChunk(chunk, chunk.First, end);
        if (!next.IsWord || !next.SpaceBefore || NameForms.IsAllCaps(country.Text) || GivenNames.Contains(tokens[chunk.First].Text)
            || !EnglishWords.IsOrdinaryWord(next.Text) || Lexicon.IsBodyOrCompanyWord(next.Text)
            || registry.Find(country.Text + " " + next.Text) is not null || OrganizationLexicon.Contains(country.Text + " " + next.Text)
            || registry.Find(chunk.Text) is not null || OrganizationLexicon.Contains(chunk.Text))
        {
            return false;
        }

        AddPlace(place, country);
        return true;
    }
}
