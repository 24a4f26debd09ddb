using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Counties written with their kind before the name, the Irish and British way ("County Tarsk", "Co Tarsk",
/// "Counties Tarsk, Orrin and Velm"), and districts with a Korean or Japanese suffix ("Tarsk-gu"): the kind belongs to
/// the name, and the bare name is its alias.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const string CountyWord = "County";

    // Starts of the names listed after "Counties A": each is a county of its own ("Counties A, B and C").
    private readonly HashSet<int> countiesListed = new();

    // "Tarsk-gu", "Orra-ku": a name with a district's or a ward's suffix is that district, the bare name its alias.
    private bool TrySuffixedDistrict(NameChunk chunk)
    {
        if (chunk.Last != chunk.First + 2 || !NameChunker.IsDistrictSuffixAt(chunk.Tokens, chunk.First, chunk.First + 1))
        {
            return false;
        }

        var district = Add(EntityKind.Place, chunk.Text, chunk);
        registry.AddAlias(district, chunk.Tokens[chunk.First].Text);
        return true;
    }

    private bool TryCountyName(NameChunk chunk, List<NameChunk> chunks)
    {
        if (countiesListed.Contains(chunk.Start))
        {
            if (IsBareCountyName(chunk.Tokens, chunk.First, chunk.Last))
            {
                AddCounty(chunk, chunk.First);
                return true;
            }

            return false;
        }

        var tokens = chunk.Tokens;

        // "Sligo Co", "Kerry Co": the short kind after the name of an Irish or British place is that county written the
        // other way round ("Velm Co." with a stop, or "Tarsk and Velm Co", stays a firm's "Company").
        var last = chunk.Last;
        if (last > chunk.First && tokens[last].Text is "Co" && !(last + 1 < tokens.Count && tokens[last + 1].IsSymbol('.'))
            && IsBareCountyName(tokens, chunk.First, last - 1) && IsIrishOrBritishPlace(SubChunk(chunk, chunk.First, last - 1).Text))
        {
            AddCounty(chunk, chunk.First, last - 1);
            return true;
        }

        var kind = tokens[chunk.First];
        var nameStart = CountyNameStart(tokens, chunk.First);
        if (nameStart < 0 || nameStart > chunk.Last || !IsBareCountyName(tokens, nameStart, chunk.Last)
            || (!kind.Is(CountyWord) && !kind.Is("Counties") && !IsIrishOrBritishPlace(SubChunk(chunk, nameStart, chunk.Last).Text)))
        {
            return false;
        }

        AddCounty(chunk, nameStart);
        if (kind.Is("Counties"))
        {
            NoteCountiesListedAfter(chunk, chunks);
        }

        return true;
    }

    // "County Tarsk", "Counties Tarsk", "Co Tarsk": where the county's own name starts after its kind, or -1. ("Co."
    // with a full stop ends the sentence for the splitter, as it may in "Smith & Co.", so only "Co" is read.)
    private static int CountyNameStart(IReadOnlyList<Token> tokens, int first)
    {
        var kind = tokens[first];
        var next = first + 1;

        // "Smith & Co Tarsk": the short form after a firm's partners is its "Company".
        var afterAmpersand = first >= 1 && tokens[first - 1].IsSymbol('&');
        return kind.Text is CountyWord or "Counties" or "Co" && next < tokens.Count && tokens[next].SpaceBefore && !afterAmpersand ? next : -1;
    }

    // One or two name words that name no body, office, event or kind of place ("County Hall", "County Council" and
    // "County Sheriff" are a building, a body and an office of the county, and "County Government" its government).
    private static bool IsBareCountyName(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxWords = 2;
        if (last - first + 1 > MaxWords)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            var word = tokens[i].Text;
            if (!NameChunker.IsNameWord(tokens[i]) || (i > first && !tokens[i].SpaceBefore) || Lexicon.OrganizationHeads.Contains(word) || Lexicon.PlaceHeads.Contains(word)
                || Lexicon.TitleWords.Contains(word) || Lexicon.EventWords.Contains(word) || Lexicon.RoleHeads.Contains(word) || word is "Government")
            {
                return false;
            }
        }

        return true;
    }

    // "Co" also shortens "Company", so it opens a county only before a place of Ireland or Britain.
    private bool IsIrishOrBritishPlace(string name) =>
        (gazetteer.TryFind(name, out var place) || gazetteer.TryFindTown(name, out place)) && place.Country is "Ireland" or "United Kingdom";

    private void AddCounty(NameChunk chunk, int nameStart) => AddCounty(chunk, nameStart, chunk.Last);

    private void AddCounty(NameChunk chunk, int nameStart, int nameEnd)
    {
        var bare = SubChunk(chunk, nameStart, nameEnd);
        var county = Add(EntityKind.Place, CountyWord + " " + bare.Text, chunk);
        registry.AddAlias(county, bare.Text);
        if (!SameKey(county.Name, chunk.Text) && (nameStart > chunk.First || nameEnd < chunk.Last) && !chunk.Tokens[chunk.First].Is("Counties"))
        {
            registry.AddAlias(county, chunk.Text);
        }
    }

    // "Counties A, B and C": the names joined to the first by commas and "and" are counties too.
    private void NoteCountiesListedAfter(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var end = chunk.Last;
        var index = chunks.IndexOf(chunk);
        for (var k = index + 1; k >= 1 && k < chunks.Count; k++)
        {
            var next = chunks[k];
            var gap = end + 1;
            var comma = gap < next.First && tokens[gap].IsSymbol(',');
            if (comma)
            {
                gap++;
            }

            var and = gap < next.First && (tokens[gap].Is("and") || tokens[gap].Is("or"));
            if (and)
            {
                gap++;
            }

            if (gap != next.First || (!comma && !and))
            {
                return;
            }

            countiesListed.Add(next.Start);
            end = next.Last;
            if (and)
            {
                return;
            }
        }
    }
}
