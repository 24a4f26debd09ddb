using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Towns set off before their region by commas, as news copy writes a small place wherever it stands ("Hettinger,
/// N.D., recorded", "both of Mandaon, Masbate;", "three plants - Lordstown, Ohio, Hamtramck, Michigan,"), with no
/// preposition before the town.
/// </summary>
internal sealed partial class ContextEvidence
{
    // A name the gazetteer does not know, a comma, then a known first-level region (or a state's or a province's
    // abbreviation), and the pair closed by punctuation or "and": the name is a town of that region. A country after the
    // comma places nothing ("Ana Ruiz, Mexico, won" lists an athlete and her country), nor does a region that goes on
    // ("Orra, Ohio's capital", "Velm, Texas-based"), and a name opening with a known given name may be a person's.
    private bool IsTownSetOffBeforeItsRegion(NameChunk chunk)
    {
        const int MaxTownWords = 3;
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount > MaxTownWords || chunk.InsideQuote || chunk.Last + 2 >= tokens.Count || !tokens[chunk.Last + 1].IsSymbol(',')
            || ChunkStartingAt(chunk.Last + 2) is not { } region || !IsRegionClosingPair(region))
        {
            return false;
        }

        var first = tokens[chunk.First].Text;
        return !Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) && !Gazetteer.GivenNames.Contains(first)
            && !Lexicon.OrganizationHeads.Contains(tokens[chunk.Last].Text) && !IsKnownBodyOrBareAcronym(chunk.Text)
            && !IsOrdinaryWordOpeningClause(chunk) && NameForms.CountryOfDemonym(chunk.Text) is null && CanBePlaceName(chunk);
    }

    // "Ohio," "N.D.," "Masbate;" "Ontario.": a first-level region of the gazetteer, or an abbreviated US state or
    // Canadian province, then a comma, a semicolon, a full stop, a bracket, "and" or the sentence's end.
    private static bool IsRegionClosingPair(NameChunk region)
    {
        var tokens = region.Tokens;
        var last = region.Last;
        if (DocumentEntityReader.AbbreviationAt(tokens, region.First, region.Last) is { } abbreviation && StateAbbreviations.StateOf(abbreviation) is not null)
        {
            // ("N.D." may leave its full stop to a token of its own.)
            if (last + 1 < tokens.Count && tokens[last + 1].IsSymbol('.') && !tokens[last + 1].SpaceBefore)
            {
                last++;
            }
        }
        else if (!Gazetteer.PlaceGazetteer.Instance.TryFind(region.Text, out var place) || place.Kind != Model.PlaceKind.Region || place.Country.Length == 0)
        {
            return false;
        }

        if (last + 1 >= tokens.Count)
        {
            return true;
        }

        var after = tokens[last + 1];
        return after.IsSymbol(',') || after.IsSymbol(';') || after.IsSymbol('.') || after.IsSymbol(')') || after.Is("and");
    }
}
