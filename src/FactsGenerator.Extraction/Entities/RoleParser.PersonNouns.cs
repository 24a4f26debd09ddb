using System.Collections.Generic;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// An office or a noun of function, or else any noun whose usual sense is a kind of person (the WordNet list the
    /// quantity rules use: "beekeeper", "locksmith", "cartographer"). Describing words for people are an open
    /// class, so beside a name the list finds the many that the hand-written lexicons have never met.
    /// </summary>
    private static bool IsRoleNoun(Token token) => IsRoleHead(token) || IsPersonNounOfFunction(token);

    /// <summary>
    /// "beekeeper", "curator": a lower-case singular noun of the occupation list or the WordNet person list, plain
    /// words for a person included (it tells what a capitalised word opening a sentence is, not what role it gives).
    /// </summary>
    public static bool IsPersonNoun(string word) =>
        Gazetteer.Occupations.Contains(word)
        || (word.Length >= 4 && PersonNounList.Contains(word) && IsSingularNounForm(word));

    /// <summary>
    /// "co-star", "co-owner", "co-founder": a compound ending at head, written with a glued hyphen, that the person
    /// list holds whole, or that shares with someone an office or a function of the list ("co-" before any person noun: a company's
    /// functions too, since a body has no partner in them beside a person's name), or the deputy of an office ("vice-governor").
    /// </summary>
    private static bool IsHyphenatedPersonNoun(IReadOnlyList<Token> tokens, int head)
    {
        if (!EndsGluedCompound(tokens, head) || !tokens[head - 2].IsWord)
        {
            return false;
        }

        var prefix = tokens[head - 2].Text.ToLowerInvariant();
        if (!NameForms.IsLowerWord(tokens[head - 2]) && !(head - 2 == 0 && prefix == "co"))
        {
            return false;
        }

        var compound = prefix + "-" + tokens[head].Text;
        // ("X, former vice-governor of Y", "the vice-chairman of the company": "vice-" before an office is the office's
        // deputy, as the spaced "vice president" is; "vice-versa" has no office after it.)
        return IsPersonNounOfFunction(compound) || (prefix == "co" && (IsRoleHead(tokens[head]) || (PersonNounList.Contains(tokens[head].Text) && IsSingularNounForm(tokens[head].Text))))
            || (prefix == "vice" && IsRoleHead(tokens[head]))
            || IsAgentCompound(prefix, tokens[head].Text);
    }

    /// <summary>
    /// "shot-putter", "show-jumper", "pole-vaulter", "bomb-maker": a word and a doer of a common verb ("putt", "jump",
    /// "make") joined by a hyphen. WordNet writes such compounds with a space, so the person list misses them; beside a
    /// name they describe the person.
    /// </summary>
    private static bool IsAgentCompound(string prefix, string head)
    {
        const int MinPrefixLetters = 3;
        const int MinHeadLetters = 5;
        if (prefix.Length < MinPrefixLetters || head.Length < MinHeadLetters || !head.EndsWith("er", System.StringComparison.Ordinal)
            || !Gazetteer.EnglishWords.IsOrdinaryWord(prefix))
        {
            return false;
        }

        // ("jumper" → "jump", "maker" → "make".)
        var stem = head.Substring(0, head.Length - 2);
        return Gazetteer.EnglishWords.IsOrdinaryWord(stem) || Gazetteer.EnglishWords.IsOrdinaryWord(head.Substring(0, head.Length - 1));
    }

    // A lower-case singular noun of the WordNet person list that says more than "someone" (not "man", "stranger").
    private static bool IsPersonNounOfFunction(Token token) => NameForms.IsLowerWord(token) && IsPersonNounOfFunction(token.Text);

    private static bool IsPersonNounOfFunction(string word)
    {
        if (word.Length < 4 || !PersonNounList.Contains(word) || PlainPersonWords.Contains(word))
        {
            return false;
        }

        return IsSingularNounForm(word);
    }

    // The list holds the plurals too ("lawyers"): a plural names a group, not the person beside it. A participle
    // ("the accused", "in "Ana accused Ben"") is more often the verb.
    private static bool IsSingularNounForm(string word) =>
        !IsPluralForm(word) && !word.EndsWith("ed", System.StringComparison.Ordinal) && !word.EndsWith("ing", System.StringComparison.Ordinal);

    // "officials", "fishermen", "schoolchildren" ("actress", "alumnus" and "witness" are singular).
    private static bool IsPluralForm(string word) =>
        word.EndsWith("men", System.StringComparison.Ordinal) || word.EndsWith("people", System.StringComparison.Ordinal)
        || word.EndsWith("children", System.StringComparison.Ordinal)
        || (word.EndsWith("s", System.StringComparison.Ordinal) && !word.EndsWith("ss", System.StringComparison.Ordinal)
            && !word.EndsWith("us", System.StringComparison.Ordinal) && !word.EndsWith("is", System.StringComparison.Ordinal));

    // Words of the list that say only that someone is a person, of what age or sex, or how the writer judges them:
    // "a 34-year-old man" or "a stranger" has no role.
    private static readonly HashSet<string> PlainPersonWords = new(System.StringComparer.Ordinal)
    {
        "person", "people", "man", "woman", "men", "women", "boy", "girl", "human", "individual", "adult", "child", "kid", "baby", "infant", "toddler", "youngster", "youth",
        "teen", "teenager", "adolescent", "minor", "male", "female", "lady", "gentleman", "guy", "fellow", "stranger",
        "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "hero", "heroine", "villain", "idiot",
        "fool", "genius", "loser", "winner", "lover", "enemy", "friend", "acquaintance", "being", "soul", "self", "native",
        "local", "inhabitant", "dweller", "occupant", "citizen", "national", "alien", "foreigner", "immigrant", "migrant",
        "party", "figure", "character", "type", "sort", "case", "subject", "victim", "survivor", "casualty", "patient",
        "suspect", "mother", "father", "parent", "relative", "family", "guest", "host", "visitor", "member", "user",
        "customer", "client", "owner", "holder", "head", "leader", "fan", "follower", "believer", "supporter", "opponent",
        "countryman", "countrywoman", "compatriot", "neighbour", "neighbor",
        // Functions that companies have as often as people ("the shipping firm and fuel supplier Y").
        "developer", "creator", "maker", "operator", "dealer", "broker", "producer", "employer", "landlord", "installer",
        "controller", "tester", "contributor", "affiliate", "recruiter", "supplier", "provider", "manufacturer", "publisher",
        "distributor", "carrier", "sponsor", "partner", "contractor", "investor", "buyer", "seller", "retailer", "lender",
        "insurer", "shareholder", "stakeholder", "bidder", "builder", "exporter", "importer", "licensee", "subsidiary",
    };
}
