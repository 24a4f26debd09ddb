using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Public bodies named for the country they serve ("NHS Wales", "Sport Scotland").</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Capitalised words that make a country's name a part of it ("Southern Ostland", "Greater Velmoria")
    /// rather than a body serving it.</summary>
    private static readonly HashSet<string> CountryPartWords = Lexicon.Set(
        "Northern Southern Eastern Western Central Greater Rural Coastal Mainland Inner Outer Upper Lower Old New Modern Ancient Medieval Colonial Free Democratic United Little Great North South East West Middle Deep Wider All");

    // "NHS Wales said", "the Sport Ostland board": a body's acronym, or a run of everyday capitalised words, before the
    // name of a country or a region is a public body serving it, one name (not a body and a place). A compass or an
    // age word before it names a part of the country, and a title or a given name before it names a person there.
    private bool IsBodyServingCountry(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.SpacedWordCount < 2 || !tokens[chunk.Last].SpaceBefore
            || !gazetteer.TryFind(tokens[chunk.Last].Text, out var country) || country.Kind is not (PlaceKind.Country or PlaceKind.Region))
        {
            return false;
        }

        // ("The U.S.", "IN US": a country written in capitals is a code, too short to tell a body's name from a heading;
        // "21st Century Velmoria" is an age of the country.)
        var countryWord = tokens[chunk.Last].Text;
        if (countryWord.Length < 3 || NameForms.IsAllCaps(countryWord) || Lexicon.PlaceHeads.Contains(countryWord)
            || FollowsNumber(tokens, chunk.First))
        {
            return false;
        }

        var firstWord = tokens[chunk.First].Text;
        // ("Mount Kenya", "Lake Chad", "Cape Breton": a kind of place before the name names a mountain, a lake or a
        // cape there; "Mount" and "Lake" are everyday words all the same.)
        if (LeadingPlaceKinds.Contains(firstWord))
        {
            return false;
        }

        if (chunk.SpacedWordCount == 2 && NameForms.IsAcronym(tokens[chunk.First]) && firstWord.Length >= 3 && !gazetteer.TryFind(firstWord, out _))
        {
            return true;
        }

        // ("Across Velmoria" opening a sentence or an answer: one capitalised everyday word there may be any word.)
        // ("Cricket Australia confirmed ...": a sport's name there opens its governing body's name all the same.)
        if (chunk.Last - chunk.First < 2 && OpensClause(tokens, chunk.First) && !SportNames.Contains(firstWord))
        {
            return false;
        }

        for (var k = chunk.First; k < chunk.Last; k++)
        {
            var word = tokens[k].Text;
            if (SportNames.Contains(word))
            {
                // ("Rugby Australia", "Netball New Zealand": a sport named like a town is still the sport.)
                continue;
            }

            if (!tokens[k].IsWord || !tokens[k].IsCapitalized || word is "The" || NameForms.IsCountryOrDemonym(word) || !EnglishWords.IsEverydayWord(word) || CountryPartWords.Contains(word) || GivenNames.Contains(word)
                || Lexicon.RoleHeads.Contains(word) || Lexicon.IsMonthOrWeekdayName(word) || gazetteer.TryFind(word, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sports whose national governing bodies are named "Sport Country" ("Cricket Australia", "Rugby Canada").</summary>
    private static readonly HashSet<string> SportNames = Lexicon.Set(
        "Cricket Rugby Netball Football Hockey Tennis Athletics Swimming Cycling Golf Basketball Rowing Sailing Softball Baseball " +
        "Volleyball Badminton Squash Triathlon Gymnastics Boxing Judo Taekwondo Archery Fencing Equestrian Bowls Surfing Diving");

    // "21st Century": a number, or an ordinal's suffix glued to one, just before the name.
    private static bool FollowsNumber(IReadOnlyList<Text.Token> tokens, int first) =>
        (first >= 1 && tokens[first - 1].IsNumber) || (first >= 2 && tokens[first - 2].IsNumber && !tokens[first - 1].SpaceBefore);

    // The word opens the sentence, or follows a closing bracket or a colon (an interview's speaker label).
    private static bool OpensClause(IReadOnlyList<Text.Token> tokens, int first) =>
        first == 0 || (!tokens[first - 1].IsWord && !tokens[first - 1].IsSymbol('(') && !tokens[first - 1].IsSymbol('"') && !tokens[first - 1].IsSymbol(','));
}
