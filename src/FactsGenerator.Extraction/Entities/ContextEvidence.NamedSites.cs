using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Place evidence: camps, crossings, airports, stadiums and prisons named before their lower-case kind.</summary>
internal sealed partial class ContextEvidence
{
    /// <summary>Lower-case kinds of facility that news prose writes after the facility's own name ("the Orrabad camp",
    /// "the Velm crossing", "Tarsk airport"); news annotators list the name with its kind (16 of 16 in 10 articles of tune36).</summary>
    /// (A launch site and a shopping centre too: "the Tarvik cosmodrome", "the Orra space centre", "the Velm shopping
    /// mall"; 3 of 3 in tune40.)
    private static readonly HashSet<string> FacilityKinds = Lexicon.Set("camp crossing airport stadium prison cosmodrome");

    /// <summary>The lower-case word that may stand between a facility's name and its kind, with the kind it goes with
    /// ("the Orrabad refugee camp", "the Velm border crossing", "Tarsk international airport", "the Orra ring road").</summary>
    private static readonly Dictionary<string, string[]> FacilityQualifiers = new(System.StringComparer.Ordinal)
    {
        ["refugee"] = new[] { "camp", "settlement" },
        ["displacement"] = new[] { "camp" },
        ["border"] = new[] { "crossing" },
        ["international"] = new[] { "airport" },
        ["ring"] = new[] { "road" },
        ["space"] = new[] { "centre", "center" },
        ["shopping"] = new[] { "centre", "center", "mall" },
    };

    // A site read before the whole document is: a camp's name may be a people's ("the Velmi refugee camp" beside
    // "Velmi refugees") or a person's ("the Ruiz camp" beside "Ana Ruiz"), which only the rest of the text tells.
    private readonly List<(string Name, string Article, string Kind)> pendingFacilities = new();

    // Names written right before lower-case "refugees" or "migrants" ("Velmi refugees"): a people's name.
    private readonly HashSet<string> peopleNames = new(System.StringComparer.Ordinal);

    // The last word of every name of two words or more ("Ana Ruiz": "Ruiz"): a family name when it stands alone.
    private readonly HashSet<string> lastWordsOfLongerNames = new(System.StringComparer.Ordinal);

    /// <summary>Lower-case words of a story about people sheltering or held in camps.</summary>
    private static readonly HashSet<string> CampStoryWords = Lexicon.Set(
        "refugee refugees displaced displacement returnees detainees inmates prisoners migrants evacuees");

    // Whether some sentence of the document (settled once all are read) speaks of refugees, the displaced or detainees: a bare "camp" is then a site
    // ("leave al-Hol camp"); elsewhere it is as often a side ("the Velm camp said": a candidate's supporters).
    private bool tellsOfCampPeople;

    /// <summary>Reads one sentence for words of people in camps; called for every sentence, whether or not it names anyone
    /// ("The refugees were exhausted.").</summary>
    public void CollectCampStoryWords(IReadOnlyList<Token> tokens)
    {
        if (tellsOfCampPeople)
        {
            return;
        }

        foreach (var token in tokens)
        {
            if (NameForms.IsLowerWord(token) && CampStoryWords.Contains(token.Text))
            {
                tellsOfCampPeople = true;
                return;
            }
        }
    }

    private void CollectFacilityName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.Last + 1;
        if (chunk.SpacedWordCount > 1)
        {
            lastWordsOfLongerNames.Add(NameForms.Key(tokens[chunk.Last].Text));
        }

        if (k < tokens.Count && tokens[k].SpaceBefore && LowerWordAt(tokens, k) is "refugees" or "migrants")
        {
            peopleNames.Add(NameForms.Key(chunk.Text));
            return;
        }

        // The kind first: this runs for every name, and the lookups below hash the whole name.
        var kind = FacilityKind(tokens, k);
        if (kind is null || IsNoFacilityName(chunk))
        {
            return;
        }

        // "al-Hol camp": the Arabic article glued in lower case before the name belongs to the site's name.
        var article = chunk.First >= 2 && tokens[chunk.First - 1].IsSymbol('-') && !tokens[chunk.First - 1].SpaceBefore && !tokens[chunk.First].SpaceBefore
            && tokens[chunk.First - 2].Text is "al" or "el" ? tokens[chunk.First - 2].Text + "-" : "";
        pendingFacilities.Add((chunk.Text, article, kind));
    }

    // "camp", "refugee camp", "border crossing": the kind of facility whose first word stands at k, or null.
    internal static string? FacilityKind(IReadOnlyList<Token> tokens, int k)
    {
        if (k >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !tokens[k].SpaceBefore)
        {
            return null;
        }

        var word = tokens[k].Text;
        if (FacilityKinds.Contains(word))
        {
            return EndsNounPhrase(tokens, k + 1) ? word : null;
        }

        return FacilityQualifiers.TryGetValue(word, out var kinds) && LowerWordAt(tokens, k + 1) is { } next && System.Array.IndexOf(kinds, next) >= 0
            && EndsNounPhrase(tokens, k + 2) ? word + " " + next : null;
    }

    private static string? LowerWordAt(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && NameForms.IsLowerWord(tokens[k]) ? tokens[k].Text : null;

    // "the Orra stadium project", "the Velm airport authority", "border crossing points": a kind before another
    // lower-case noun qualifies it; punctuation, a capital, a clause word or a verb after it ends the site's name ("the
    // Orra stadium stormed", "prisoners from the Velm prison have been moved").
    private static bool EndsNounPhrase(IReadOnlyList<Token> tokens, int k) =>
        LowerWordAt(tokens, k) is not { } after || IsClauseWord(after) || FacilityVerbs.Contains(after)
        || (after.Length > 4 && after.EndsWith("ed", System.StringComparison.Ordinal));

    /// <summary>Verbs and auxiliaries that may follow a facility's name as its subject, and words of time or of a new
    /// clause after it ("the Orra camp last month", "the Velm airport while ...").</summary>
    private static readonly HashSet<string> FacilityVerbs = Lexicon.Set(
        "have are will would could can may might must remains remain lies sits " +
        "last this next yesterday today tonight earlier later since until during as but because while");

    // A known place ("the Tarsk airport" is the town's), a demonym ("the Velmorian camp"), an everyday word ("the
    // Remain camp"), a known body or an acronym ("the UNHCR camp"), a person's name opened by a known given name (not
    // the Arabic article glued to the name: "Al-Jadaa"), or a name after "a" names no facility of its own.
    private static bool IsNoFacilityName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        return IsNoFacilityPosition(chunk)
            || NameForms.CountryOfDemonym(tokens[chunk.First].Text) is not null || NameForms.CountryOfDemonym(tokens[chunk.Last].Text) is not null
            || (chunk.SpacedWordCount == 1 && Gazetteer.EnglishWords.IsOrdinaryWord(chunk.Text))
            || (Gazetteer.GivenNames.Contains(tokens[chunk.First].Text) && !(chunk.First < chunk.Last && tokens[chunk.First + 1].IsSymbol('-')))
            || IsKnownBodyOrBareAcronym(chunk.Text) || Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _)
            || !CanBePlaceName(chunk);
    }

    // "a Tarsk prison" (one of the town's), "the pro-Velm camp" (a side in a quarrel): no facility's own name.
    internal static bool IsNoFacilityPosition(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First - 1;
        return (before >= 0 && (tokens[before].Is("a") || tokens[before].Is("an")))
            || (before >= 1 && tokens[before].IsSymbol('-') && !tokens[chunk.First].SpaceBefore && !(tokens[before - 1].Text is "al" or "el"));
    }

    // Once the document is read: a name the text also gives a people or uses as a family name is no camp's.
    private void SettleFacilityNames()
    {
        foreach (var (name, article, kind) in pendingFacilities)
        {
            var key = NameForms.Key(name);
            if (peopleNames.Contains(key) || lastWordsOfLongerNames.Contains(key) || featureNames.ContainsKey(key) || (kind == "camp" && !tellsOfCampPeople))
            {
                continue;
            }

            // "al-Hol camp" beside "Al-Hol refugee camp": the name with its glued article is the same site's.
            var withArticle = article.Length > 0 ? NameForms.Key(article + name) : key;
            if (!featureNames.TryGetValue(withArticle, out var fullName))
            {
                fullName = article + name + " " + kind;
                featureNames[withArticle] = fullName;
            }

            featureNames[key] = fullName;
            Hint(name, EntityKind.Place);
        }
    }
}
