using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names that are no one and nothing in the news: ships, fictional characters, hashtags and grades of oil.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Prefixes of ships' names ("USS", "HMS"), with and without periods.</summary>
    private static readonly HashSet<string> ShipPrefixes = new(System.StringComparer.Ordinal)
    {
        "USS", "U.S.S.", "U.S.S", "HMS", "H.M.S.", "H.M.S", "HMAS", "HMCS", "HMNZS", "INS", "RMS", "USNS", "USCGC", "MV", "M/V",
    };

    // "USS Marlin", "the U.S.S. Marlin", "HMS Dauntless": a ship is neither a body nor a place, and the prefix
    // alone names nothing.
    // (An undotted prefix alone may be an acronym: "the INS said".)
    private static bool IsShipName(NameChunk chunk)
    {
        var prefix = chunk.Tokens[chunk.First].Text;
        return ShipPrefixes.Contains(prefix) && (chunk.First < chunk.Last || prefix.IndexOf('.') >= 0);
    }

    // "Wall Street analysts", "Fleet Street editors": a street that stands for a trade, written before the noun it
    // qualifies, names the trade's people, not the street ("shares fell on Wall Street" still names the place).
    private static bool IsTradeStreetModifier(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        return chunk.Text is "Wall Street" or "Fleet Street" && chunk.Last + 1 < tokens.Count && ContextEvidence.ModifiesNoun(tokens[chunk.Last + 1]);
    }

    // "the hashtag #SaveTheHarbour trended": a word glued after "#" is a tag people post under, not a body, a place or a
    // person, however it is capitalised.
    private static bool IsHashtag(NameChunk chunk) =>
        chunk.First >= 1 && chunk.Tokens[chunk.First - 1].IsSymbol('#') && !chunk.Tokens[chunk.First].SpaceBefore;

    // "the character Ana Ruiz", "her character of Jo Kim", "Kim's character, Ana Ruiz": a fictional character
    // is no one in the news.
    private static bool IsNamedCharacter(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        if (k >= 0 && (tokens[k].Is("of") || tokens[k].IsSymbol(',')))
        {
            k--;
        }

        return (k >= 0 && NameForms.IsLowerWord(tokens[k]) && tokens[k].Text is "character" or "characters" or "superhero" or "villain")
            || IsCharacterInCaption(chunk);
    }

    // A photo caption naming a costume: "Ana Ruiz from Harbour Tales", "Jo Kim and Eli from the Harbour series". A
    // caption is a short paragraph of its own without a final full stop; a person photographed is captioned
    // "Ana Ruiz as a ranger from ...", with "as".
    private static bool IsCharacterInCaption(NameChunk chunk)
    {
        const int MaxCaptionTokens = 12;
        var tokens = chunk.Tokens;
        var sentence = chunk.Sentence;
        if (tokens.Count > MaxCaptionTokens || sentence.Start > sentence.Paragraph.Start || sentence.End < sentence.Paragraph.End
            || tokens[tokens.Count - 1].IsSymbol('.'))
        {
            return false;
        }

        var k = chunk.Last + 1;
        // "Mrs. Potts and Belle from ...": a second name joined by "and".
        if (k + 1 < tokens.Count && tokens[k].Is("and") && NameChunker.IsNameWord(tokens[k + 1]))
        {
            k += 2;
            while (k < tokens.Count && NameChunker.IsNameWord(tokens[k]))
            {
                k++;
            }
        }

        if (k + 1 >= tokens.Count || !tokens[k].Is("from"))
        {
            return false;
        }

        var work = tokens[k + 1].Is("the") && k + 2 < tokens.Count ? tokens[k + 2] : tokens[k + 1];
        return NameChunker.IsNameWord(work);
    }

    // Names of grades of oil seen in the document ("Brent" after "Brent crude"), so that a bare later mention ("expected
    // Brent to reach $90") is no place either.
    private readonly HashSet<string> crudeGrades = new(System.StringComparer.Ordinal);

    // "Brent crude", "Urals crude", "Brent futures", "West Texas Intermediate": a grade of oil traded under a place's name
    // names no place in market copy. A country before the grade ("U.S. West Texas Intermediate", "U.S. WTI crude") is still
    // read, and so is a country's own crude ("U.S. crude stocks", "Libya crude output"): no grade bears a country's name
    // alone. Before "futures" only a place's name is a grade, since indexes and bonds have futures too ("Nasdaq futures").
    private bool TrySkipCrudeGrade(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        var gradeFirst = -1;
        if (tokens[chunk.Last].Is("Intermediate"))
        {
            gradeFirst = chunk.Last;
            while (gradeFirst - 1 >= chunk.First && tokens[gradeFirst - 1].IsWord && !tokens[gradeFirst].Is("West"))
            {
                gradeFirst--;
            }

            // ("Velmby Intermediate" is a school: only "West ... Intermediate" is the grade.)
            if (!tokens[gradeFirst].Is("West"))
            {
                gradeFirst = -1;
            }
        }
        else if (next < tokens.Count && NameForms.IsLowerWord(tokens[next]) && tokens[next].Text is "crude" or "futures"
            && !NameForms.IsCountryOrDemonym(tokens[chunk.Last].Text)
            && (tokens[next].Text is "crude" || gazetteer.TryFind(tokens[chunk.Last].Text, out _)))
        {
            // ("U.S. WTI crude": the grade is the last word.)
            gradeFirst = chunk.Last;
        }

        if (gradeFirst < 0)
        {
            return crudeGrades.Contains(chunk.Text);
        }

        var grade = SubChunk(chunk, gradeFirst, chunk.Last);
        crudeGrades.Add(grade.Text);
        if (gradeFirst > chunk.First)
        {
            ClassifySpan(SubChunk(chunk, chunk.First, gradeFirst - 1), chunks);
        }

        return true;
    }

    /// <summary>Lower-case kinds of building or road that take the name of someone they honour ("the Ana Ruiz
    /// terminal"), singular and plural.</summary>
    private static readonly HashSet<string> HonouringSiteNouns = Lexicon.Set(
        "station stations terminal terminals airport airports stadium stadiums street streets road roads avenue avenues bridge bridges");

    private const int MaxListTokensBeforeSite = 12;

    // "at the Chief Ana Ruiz station", "the Jo Kim, Ana Ruiz and Ben Tull terminals": a name, alone or in a list, right
    // before a kind of site is the site's, which honours the person; no one is mentioned there.
    // (Only a person's name: a title or a known given name opening two words or more, or, before the plural, two words
    // or more that are no everyday words. "Waterloo station", "Harlan Field airport", "the King's Cross and
    // Euston stations" are sites named otherwise, read as places elsewhere.)
    private bool IsNameOfHonouringSite(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First == chunk.Last || !NameForms.IsPersonNameWord(tokens[chunk.Last]) || Lexicon.PlaceHeads.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        var k = chunk.Last + 1;
        var limit = System.Math.Min(tokens.Count, k + MaxListTokensBeforeSite);
        while (k < limit && (NameChunker.IsNameWord(tokens[k]) || tokens[k].IsSymbol(',') || tokens[k].IsSymbol('.') || tokens[k].Is("and")))
        {
            k++;
        }

        if (k >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !HonouringSiteNouns.Contains(tokens[k].Text)
            || (k > chunk.Last + 1 && !tokens[k].Text.EndsWith("s", System.StringComparison.Ordinal)))
        {
            return false;
        }

        var titled = Lexicon.TitleWords.Contains(tokens[chunk.First].Text) || Lexicon.Honorifics.Contains(tokens[chunk.First].Text);
        var given = titled ? chunk.First + 1 : chunk.First;
        return given < chunk.Last && !gazetteer.TryFind(chunk.Text, out _)
            && (titled || Gazetteer.GivenNames.Contains(tokens[given].Text) || (tokens[k].Text.EndsWith("s", System.StringComparison.Ordinal) && !HasEverydayWord(chunk, besidesAnd: true)));
    }

    /// <summary>Whether a word of the name is an everyday word; with <paramref name="besidesAnd"/>, an "and" joining the
    /// run does not count (a run the chunker kept whole may hold a list's commas and "and").</summary>
    private static bool HasEverydayWord(NameChunk chunk, bool besidesAnd = false)
    {
        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (chunk.Tokens[i].IsWord && !(besidesAnd && chunk.Tokens[i].Is("and")) && Gazetteer.EnglishWords.IsOrdinaryWord(chunk.Tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }
}
