using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>World regions that only name the remit of an office ("the UN's Middle East envoy").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Last words of the world regions an office or a sales unit covers: continents and their parts, not seas,
    /// rivers or mountains ("a Black Sea captain" is a sailor on the sea).</summary>
    private static readonly HashSet<string> RemitRegionEnds = Lexicon.Set(
        "Europe Asia Africa America Americas East Pacific Caribbean Balkans Oceania Sahel Maghreb Scandinavia Caucasus");

    /// <summary>Lower-case nouns for the part of a business a regional office runs ("head of Asia Pacific sales").</summary>
    private static readonly HashSet<string> RegionalUnits = Lexicon.Set("sales operations business markets division unit programme program");

    // "the UN's Middle East envoy", "deputy Middle East and North Africa director at the group", "head of Asia Pacific
    // sales": a world region inside a job title says which part of the world the office covers, as "a US peace envoy"
    // says whose envoy; the text speaks of the office, not of the region, so the region is no place mention (and no
    // person: "Asia Pacific" reads like a given and a family name). A region named elsewhere in the text still is.
    private bool IsRegionInOfficeTitle(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!IsRemitRegion(chunk.First, chunk.Last, tokens))
        {
            return false;
        }

        // "Middle East and North Africa director": a second region joined by "and" shares the office after it.
        var next = chunk.Last + 1;
        if (next + 1 < tokens.Count && (tokens[next].Is("and") || tokens[next].IsSymbol('&')) && tokens[next + 1].IsCapitalized)
        {
            var end = NameRunEnd(tokens, next + 1, 3);
            if (IsRemitRegion(next + 1, end, tokens))
            {
                next = end + 1;
            }
        }

        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]))
        {
            return false;
        }

        if (Lexicon.RoleHeads.Contains(tokens[next].Text))
        {
            return true;
        }

        // "head of Asia Pacific sales", "vice president for Latin America operations".
        var before = chunk.First - 1;
        return RegionalUnits.Contains(tokens[next].Text) && before >= 1 && (tokens[before].Is("of") || tokens[before].Is("for"))
            && NameForms.IsLowerWord(tokens[before - 1]) && Lexicon.RoleHeads.Contains(tokens[before - 1].Text);
    }

    // A world region the gazetteer lists ("Middle East", "North Africa"), or two written as one ("Asia Pacific").
    private bool IsRemitRegion(int first, int last, IReadOnlyList<Token> tokens)
    {
        if (!RemitRegionEnds.Contains(tokens[last].Text))
        {
            return false;
        }

        var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[first].Start, tokens[last].End);
        if (name is "Asia Pacific" or "Asia-Pacific")
        {
            return true;
        }

        return gazetteer.TryFind(name, out var place) && place.Kind == PlaceKind.Region && place.Country.Length == 0;
    }
}
