using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Buildings where things happen, read as places rather than as the bodies that run them.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>
    /// Last words of buildings and sites that are named after a preposition of place as where something happens
    /// ("at the Harlow Theatre", "held at Dunmere State Prison", "recorded at Velm Studio"); elsewhere the same name
    /// may be the body that runs it, so only that use decides. "Studios" is left out: it names film companies.
    /// </summary>
    private static readonly HashSet<string> BuildingHeads = Lexicon.Set(
        "Theatre Theater Arena Prison Penitentiary Jail Hospice Market Hotel Studio Base Lawn Gardens Courthouse");

    // "at the Arnmouth Convention Center", "in the Lakeside Exhibition Centre": a hall for events where something
    // happens is a place, not the body that runs it; so is a headquarters someone is taken to, held at or gathers
    // outside ("outside the Arden Police Headquarters").
    private bool IsVenue(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (IsSaintsChurch(chunk))
        {
            return true;
        }

        // "taken to Lakeside General Hospital", "at the Velm Medical Center in Orra": a hospital, a medical centre or a
        // clinic is the body that runs it, also where someone is taken (see IsMedicalBody), so no site rule below
        // (a centre placed in a known place) reads it as a building.
        if (IsMedicalBody(chunk))
        {
            return false;
        }

        // "Kestrel Lodge & Tavern": a building's head before the ampersand that joins one more word of its name.
        if (chunk.Last - 2 > chunk.First && tokens[chunk.Last - 1].IsSymbol('&')
            && NameChunker.IsBuildingHead(tokens[chunk.Last - 2].Text))
        {
            return true;
        }

        // "from Tarsk's Orra Space Center": a known place owning the site places it as "in Tarsk" after it would.
        var ownedByPlace = IsOwnedByKnownPlace(tokens, chunk.First);
        var before = ownedByPlace ? chunk.First - 3 : chunk.First >= 1 && tokens[chunk.First - 1].Is("the") ? chunk.First - 2 : chunk.First - 1;
        if (chunk.First >= chunk.Last || before < 0 || !(NameForms.IsLowerWord(tokens[before]) || tokens[before].IsSymbol(',')))
        {
            return false;
        }

        var head = tokens[chunk.Last].Text;
        if (head is "Headquarters" || BuildingHeads.Contains(head))
        {
            return IsPlaceOfBuilding(tokens, before);
        }

        if (IsResidenceHead(chunk, before))
        {
            return IsPlaceOfBuilding(tokens, before) || IsNamedResidence(tokens, before);
        }

        if (head is "Center" or "Centre" or "Arena"
            && tokens[chunk.Last - 1].Text is "Convention" or "Exhibition" or "Conference" or "Events" or "Expo" or "Civic" or "Sports"
            && (tokens[before].Is("at") || tokens[before].Is("in")))
        {
            return true;
        }

        return SiteHeads.Contains(head) && (tokens[before].Is("at") || tokens[before].Is("from")) && (ownedByPlace || IsPlacedInKnownPlace(chunk)) && !HasLowerCaseWord(chunk);
    }

    // "at", "outside", "into" ... before the name (and "the"), or "the gates of", "the entrance of": the words put
    // something where the building stands.
    private static bool IsPlaceOfBuilding(IReadOnlyList<Token> tokens, int before) =>
        tokens[before].Text is "at" or "to" or "in" or "into" or "outside" or "inside" or "near" or "toward" or "towards" or "around" or "behind"
        || ContextEvidence.IsOfAfterBuildingPart(tokens, before);

    /// <summary>Last words of a house or a seat of office, which also name bodies that meet or work there ("Chatham House").</summary>
    private static readonly HashSet<string> ResidenceHeads = Lexicon.Set("House Buildings Villa Mansion");

    // "outside Orrin House", "the gates of Harlow Buildings", "inside the Presidential Villa": a house where something
    // happens. Not a country's or a US state's chamber ("a vote in the U.S. House", "elected to the Ohio House"),
    // and a villa is named with "the" ("at Aston Villa" is the football club).
    private bool IsResidenceHead(NameChunk chunk, int before)
    {
        var tokens = chunk.Tokens;
        var head = tokens[chunk.Last].Text;
        if (!ResidenceHeads.Contains(head) || (head is "Villa" && !tokens[chunk.First - 1].Is("the")))
        {
            return false;
        }

        return !(head is "House" && gazetteer.TryFind(AnalyzedText.CollapseWhitespace(text.Original, tokens[chunk.First].Start, tokens[chunk.Last - 1].End), out var owner)
            && (owner.Kind == PlaceKind.Country || (owner.Kind == PlaceKind.Region && owner.Country == "United States")));
    }

    // "his official residence, Orrin House,": a house named right after the noun for a home and a comma.
    private static bool IsNamedResidence(IReadOnlyList<Token> tokens, int before) =>
        tokens[before].IsSymbol(',') && before >= 1 && tokens[before - 1].Text is "residence" or "home" or "mansion";

    // A one-word known place and its possessive right before the name ("Tarsk's").
    private bool IsOwnedByKnownPlace(IReadOnlyList<Token> tokens, int first) =>
        first >= 2 && tokens[first - 1].Text is "'s" && tokens[first - 2].IsWord && gazetteer.TryFind(tokens[first - 2].Text, out _);

    /// <summary>Last words of sites that also name the bodies running them ("Harlow Center", "Orra Observatory").</summary>
    private static readonly HashSet<string> SiteHeads = Lexicon.Set("Center Centre Observatory Facility");

    // "at Harlow Center in Velm", "launched from Orra Space Center in Tarsk" (or "at Tarsk"): a centre, an observatory or a facility
    // where something happens, placed in a known place, is the site (a body would be "of" or "for" something:
    // "the Velm Center for Rare Diseases in Orra" stays a body).
    private bool IsPlacedInKnownPlace(NameChunk chunk)
    {
        const int MaxPlaceWords = 4;
        var tokens = chunk.Tokens;
        var k = chunk.Last + 1;
        if (k < tokens.Count && tokens[k].IsSymbol(','))
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !(tokens[k].Is("in") || tokens[k].Is("at")) || !NameChunker.IsNameWord(tokens[k + 1]))
        {
            return false;
        }

        var last = NameRunEnd(tokens, k + 1, MaxPlaceWords);
        if (LongestPlace(tokens, k + 1, last, out _) >= 0)
        {
            return true;
        }

        // "from Orra Space Centre at Tarskoy in Velmar": the town after "at" is placed in a known place in its turn.
        var then = last + 1;
        return tokens[k].Is("at") && then + 1 < tokens.Count && (tokens[then].Is("in") || tokens[then].IsSymbol(',')) && NameChunker.IsNameWord(tokens[then + 1])
            && LongestPlace(tokens, then + 1, NameRunEnd(tokens, then + 1, MaxPlaceWords), out _) >= 0;
    }

    // The last of at most maxWords spaced name words from first.
    private static int NameRunEnd(IReadOnlyList<Token> tokens, int first, int maxWords)
    {
        var last = first;
        while (last + 1 < tokens.Count && last - first + 1 < maxWords && NameChunker.IsNameWord(tokens[last + 1]) && tokens[last + 1].SpaceBefore)
        {
            last++;
        }

        return last;
    }

    private static bool HasLowerCaseWord(NameChunk chunk)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (NameForms.IsLowerWord(chunk.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Last words of a house of worship.</summary>
    private static readonly System.Collections.Generic.HashSet<string> ChurchHeads = Lexicon.Set("Church Cathedral Chapel Basilica Abbey");

    // "St. Velm's Episcopal Church", "Saint Orra's Cathedral": a church named for a saint is the building (the body of
    // a faith is named without a saint: "the Episcopal Church").
    private static bool IsSaintsChurch(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First + 2 > chunk.Last || tokens[chunk.First].Text is not ("St" or "Saint") || !ChurchHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        for (var i = chunk.First + 1; i < chunk.Last; i++)
        {
            if (tokens[i].Text is "'s")
            {
                return true;
            }
        }

        return false;
    }

    // "Lakeside District Hospital said", "taken to Velm General Hospital", "at the Lakeside Medical Center", "the
    // Orra Clinic": a named hospital, medical centre or clinic is the body that treats, reports and speaks in news
    // text, wherever it stands (also after "at", "to" or "in"), unlike an airport, a stadium or a hotel.
    private static bool IsMedicalBody(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var head = chunk.Last;
        return head > chunk.First && (tokens[head].Text is "Hospital" or "Clinic"
            || (tokens[head].Text is "Center" or "Centre" && tokens[head - 1].Text is "Medical"));
    }
}
