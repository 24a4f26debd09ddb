using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// The document's vote on which names are bodies: what only a company, an outlet or an agency has or does (staff
/// and shareholders, statements, products, owning and being owned), counted over every mention of a name. A name
/// that behaves as a body anywhere becomes an organisation for all its mentions: two votes make a strong hint, one a
/// weak one (people issue statements and own boats too).
/// </summary>
internal sealed partial class ContextEvidence
{
    private const int StrongVote = 2;
    private const int WeakVote = 1;

    // Votes per name key, and the names in the order first voted for, so settling them never depends on hash order.
    private readonly Dictionary<string, int> bodyVotes = new(System.StringComparer.Ordinal);
    private readonly List<string> votedNames = new();

    /// <summary>Lower-case people who work for a body: "Kestrel employees", "staff at Orvane", "Quenby's shareholders".</summary>
    private static readonly HashSet<string> StaffNouns = Lexicon.Set(
        "employees employee staff staffers workers workforce shareholders shareholder executives spokesperson spokesman spokeswoman " +
        "spokespeople spokesmen representatives representative customers subscribers");

    /// <summary>Lower-case people who run or speak for what follows "of" or "for": "the manager of Harlow Publicity".</summary>
    private static readonly HashSet<string> ServantNouns = Lexicon.Set(
        "spokesperson spokesman spokeswoman spokespeople spokesmen representative representatives shareholders shareholder " +
        "subsidiary employees employee manager director chairman chairwoman chairperson ceo founder co-founder owner owners headquarters");

    /// <summary>Lower-case things only a company has, after its possessive: "Quenby's headquarters", "Harlow Foods' board".</summary>
    private static readonly HashSet<string> CompanyPossessions = Lexicon.Set(
        "shareholders shares stock subsidiary subsidiaries headquarters employees workforce staff executives board founder co-founder " +
        "customers subscribers spokesperson spokesman spokeswoman ceo");

    /// <summary>Lower-case trades that make what follows "of" or "in" a company: "shares of Marlowe", "a stake in Castellan".</summary>
    private static readonly HashSet<string> TradeNouns = Lexicon.Set("shares stake stakes takeover shareholder shareholders subsidiary acquisition");

    /// <summary>What follows "by" when a business or a vehicle is owned or run: "a plant owned by the Harlow Group".</summary>
    private static readonly HashSet<string> OwnershipVerbs = Lexicon.Set("owned operated run managed chartered acquired bought purchased");

    /// <summary>Hyphenated endings that make the name before them an owner or a sponsor: "a Velmor-owned paper".</summary>
    private static readonly HashSet<string> OwnershipSuffixes = Lexicon.Set("owned operated run backed funded controlled sponsored");

    private void CollectBodyBehaviour(NameChunk chunk)
    {
        if (NameForms.IsCountryOrDemonym(chunk.Text) || IsDescriptiveWord(chunk) || IsOfficeTitle(chunk))
        {
            return;
        }

        // A name opening with a given name may be a person's: what people also have or do ("Ana Ruiz's staff",
        // "owned by Ana Ruiz") is no vote for it, and what it issues or publishes only a weak one.
        var (tokens, a, b, _, _, _, _) = Around(chunk);
        if (IsTradedFirmOnly(chunk, tokens, a, b))
        {
            ClaimForFirm(chunk.Text);
            return;
        }

        var personLike = GivenNamesOpen(chunk);
        var votes = 0;
        if (!personLike && (IsSpokenForBody(tokens, a) || IsOwnedAsCompany(tokens, b) || IsTradedCompany(tokens, a) || IsBusinessDescribed(tokens, b)
            || (HasStaff(tokens, b) && !IsOpeningWord(chunk)) || IsMakerOfProduct(chunk) || IsPollster(chunk) || HasMembers(tokens, a, b)))
        {
            votes += StrongVote;
        }

        if (IsStatementIssuer(tokens, b) || HasOwnDatabase(tokens, b)
            || (!personLike && (IsOwnerOrOperator(tokens, a) || IsOwnerBeforeHyphen(tokens, b) || IsSignedWith(tokens, a) || IsEmployer(tokens, a)
                || IsBodyByPronoun(chunk, tokens, b)))
            || (personLike && IsGivenNameBeforeCommonWords(chunk) && IsBodyByPronoun(chunk, tokens, b)))
        {
            votes += WeakVote;
        }

        if (votes == 0)
        {
            return;
        }

        var key = NameForms.Key(chunk.Text);
        if (bodyVotes.TryGetValue(key, out var earlier))
        {
            bodyVotes[key] = earlier + votes;
            return;
        }

        bodyVotes[key] = votes;
        votedNames.Add(chunk.Text);
    }

    // Once the whole document is read: a body anywhere is a body everywhere.
    private void SettleBodyVotes()
    {
        foreach (var name in votedNames)
        {
            if (bodyVotes[NameForms.Key(name)] >= StrongVote && !Gazetteer.GivenNames.Contains(FirstWord(name)))
            {
                Hint(name, EntityKind.Organization);
            }
            else
            {
                weakOrganizations.Add(NameForms.Key(name));
            }
        }
    }

    // "a spokesman for the Prime Minister", "staff at the Governor's office": an office is held by a person, not a body.
    private static bool IsOfficeTitle(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (!Lexicon.TitleWords.Contains(tokens[chunk.Last].Text))
        {
            return false;
        }

        for (var k = chunk.First; k < chunk.Last; k++)
        {
            if (!Lexicon.TitleModifiers.Contains(tokens[k].Text) && !Lexicon.TitleWords.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstWord(string name) => name.IndexOf(' ') is var space and > 0 ? name.Substring(0, space) : name;

    private static bool GivenNamesOpen(NameChunk chunk) => Gazetteer.GivenNames.Contains(chunk.Tokens[chunk.First].Text);

    // Party words, days and months describe or date what follows ("Republican staffers", "Monday shareholders' meeting").
    private static bool IsDescriptiveWord(NameChunk chunk)
    {
        var first = chunk.Tokens[chunk.First].Text;
        return chunk.First == chunk.Last && (Lexicon.PartyAdjectives.Contains(first) || Lexicon.NonNameWords.Contains(first)
            || Lexicon.IsMonthOrWeekdayName(first));
    }

    // "a spokesperson for Brightwell", "a representative of Quenby", "staff at Orvane": someone who speaks for, runs or
    // works at the name serves a body (a mayor or a governor runs a place, and is left out; a person's spokesperson is
    // told apart by the first name, or by the person being known already).
    private static bool IsSpokenForBody(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (k < 1 || !IsLowerOrOpening(tokens, k - 1))
        {
            return false;
        }

        var noun = tokens[k - 1].Text.ToLowerInvariant();
        return ((tokens[k].Is("for") || tokens[k].Is("of")) && ServantNouns.Contains(noun))
            || (tokens[k].Is("at") && StaffNouns.Contains(noun));
    }

    // "Kestrel employees", "an Orvane spokesperson said": people named by the body they work for, before a verb or a
    // stop (not before a name: "Nordwind spokesperson Ana Ruiz" is read as an affiliation before a role; and not after
    // a word that opens a sentence, whose capital may be the sentence's: "Hospital staff said").
    private static bool HasStaff(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        return k < tokens.Count && NameForms.IsLowerWord(tokens[k]) && StaffNouns.Contains(tokens[k].Text)
            && (k + 1 >= tokens.Count || !NameChunker.IsNameWord(tokens[k + 1]));
    }

    // "Harlow Foods' chief executive", "Quenby's shareholders": what only a company has.
    private static bool IsOwnedAsCompany(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 1 >= tokens.Count || !(tokens[k].Text is "'s" or "'S" or "'" or "’s" or "’"))
        {
            return false;
        }

        var owned = tokens[k + 1];
        return (NameForms.IsLowerWord(owned) && (CompanyPossessions.Contains(owned.Text) || (owned.Is("chief") && k + 2 < tokens.Count && tokens[k + 2].Is("executive"))))
            || owned.Text is "CEO";
    }

    // "shares of Ford", "Toyota's shareholders", "Lyon's chief executive": what only a listed firm has, said so plainly,
    // outweighs a given name or a town of the same spelling ("shares in X" is left out: "shares in Tokyo" are a market's).
    // A country keeps its reading.
    // (Every chunk of every sentence comes here: the words around it are looked at before the gazetteer is asked.)
    private static bool IsTradedFirmOnly(NameChunk chunk, IReadOnlyList<Token> tokens, int first, int last)
    {
        var sharesOf = first >= 2 && tokens[first - 1].Is("of") && tokens[first - 2].Is("shares");
        var k = last + 1;
        var possessed = k + 1 < tokens.Count && tokens[k].Text is "'s" or "’s"
            && (tokens[k + 1].Text is "shareholders" or "shares" or "CEO"
                || (tokens[k + 1].Is("chief") && NameForms.IsLowerWord(tokens[k + 1]) && k + 2 < tokens.Count && tokens[k + 2].Is("executive")));
        return (sharesOf || possessed)
            && !(Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out var place) && place.Kind == Model.PlaceKind.Country);
    }

    // "a Quenby poll", "the May 2–4 Harlow Analytics survey": what runs a poll is a polling firm, a college or an
    // outlet (but "a Velmoria poll" is held in a place, and "Ana Ruiz's poll numbers" are hers: a possessive, a place
    // or a person's name is no pollster; so the name stands after an article or a date).
    private static bool IsPollster(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (chunk.First == 0 || next >= tokens.Count || !(tokens[next].Is("poll") || tokens[next].Is("survey")) || !NameForms.IsLowerWord(tokens[next])
            || GivenNamesOpen(chunk) || Gazetteer.PlaceGazetteer.Instance.TryFind(chunk.Text, out _) || IsCapitalisedAdjective(chunk))
        {
            return false;
        }

        var before = tokens[chunk.First - 1];
        return before.Is("a") || before.Is("an") || before.Is("the") || before.IsNumber;
    }

    // "the Parliamentary poll results", "a National survey": one everyday adjective, capitalised as a title's word is,
    // says what the poll is about (an election), not who ran it.
    private static bool IsCapitalisedAdjective(NameChunk chunk)
    {
        var word = chunk.Tokens[chunk.First].Text;
        return chunk.First == chunk.Last && word.Length >= 5 && Gazetteer.EnglishWords.IsOrdinaryWord(word)
            && (word.EndsWith("ary", System.StringComparison.Ordinal) || word.EndsWith("al", System.StringComparison.Ordinal)
                || word.EndsWith("ive", System.StringComparison.Ordinal));
    }

    // "shares of Marlowe", "a stake in Castellan", "the takeover of Fenwick": only companies are traded.
    private static bool IsTradedCompany(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        return k >= 1 && (tokens[k].Is("of") || tokens[k].Is("in")) && IsLowerOrOpening(tokens, k - 1) && TradeNouns.Contains(tokens[k - 1].Text.ToLowerInvariant());
    }

    private static bool IsLowerOrOpening(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].IsWord && (NameForms.IsLowerWord(tokens[index]) || NameChunker.IsClauseStart(tokens, index));

    // "Quenby, which makes electric scooters": "which" refers to a thing, and what it makes or runs is a business.
    private static bool IsBusinessDescribed(IReadOnlyList<Token> tokens, int last) =>
        last + 3 < tokens.Count && tokens[last + 1].IsSymbol(',') && tokens[last + 2].Is("which")
        && tokens[last + 3].Text is "makes" or "made" or "owns" or "owned" or "operates" or "operated" or "sells" or "manufactures" or "produces"
            or "publishes" or "employs" or "develops" or "runs";

    // "the ferry is operated by Bluewake", "a plant owned by the Harlow Group", "bought by Castellan": what owns or runs
    // a business or a vehicle is mostly a body (people own boats too).
    private static bool IsOwnerOrOperator(IReadOnlyList<Token> tokens, int first)
    {
        var by = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        return by >= 1 && tokens[by].Is("by") && NameForms.IsLowerWord(tokens[by - 1]) && OwnershipVerbs.Contains(tokens[by - 1].Text);
    }

    // "a Velmor-owned newspaper", "Harlow-backed militias": the name glued before a hyphen and an ownership word.
    private static bool IsOwnerBeforeHyphen(IReadOnlyList<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].IsSymbol('-') && !tokens[last + 1].SpaceBefore && !tokens[last + 2].SpaceBefore
        && NameForms.IsLowerWord(tokens[last + 2]) && OwnershipSuffixes.Contains(tokens[last + 2].Text);

    // "the striker signed with Redhill", "she signed for Castellan": players and artists sign with clubs and labels.
    private static bool IsSignedWith(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        return k >= 1 && (tokens[k].Is("with") || tokens[k].Is("for")) && NameForms.IsLowerWord(tokens[k - 1])
            && tokens[k - 1].Text is "signed" or "signs" or "re-signed";
    }

    // "she works for Quillmark", "engineers employed by Tessaly Dorn": an employer is mostly a body (people employ
    // assistants too, so it is half a vote).
    private static bool IsEmployer(IReadOnlyList<Token> tokens, int first)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (k < 1 || !NameForms.IsLowerWord(tokens[k - 1]))
        {
            return false;
        }

        var verb = tokens[k - 1].Text;
        return (tokens[k].Is("for") && verb is "work" or "works" or "worked" or "working")
            || (tokens[k].Is("by") && verb is "employed" or "hired" or "recruited");
    }

    private static readonly HashSet<string> KinGroupWords = Lexicon.Set("Family Families Dynasty Clan Household Generation Gen");

    // "three members of Orrvik Síochána were", "a member of the Velm Quartet since 2004": what has members is a body (a
    // band, a force, a party); the name must end its noun phrase ("a member of the Ruiz family" is a kin group, and
    // "members of Ana Ruiz's team" belong to the team).
    private static bool HasMembers(IReadOnlyList<Token> tokens, int first, int last)
    {
        var k = first >= 1 && tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (k < 1 || !tokens[k].Is("of") || !(tokens[k - 1].Is("member") || tokens[k - 1].Is("members")) || !NameForms.IsLowerWord(tokens[k - 1]))
        {
            return false;
        }

        // "members of Generation Z", "a member of the Royal Family": a cohort or a kin group is no body.
        if (tokens[last].Text.Length == 1 || KinGroupWords.Contains(tokens[last].Text) || KinGroupWords.Contains(tokens[first].Text))
        {
            return false;
        }

        var after = last + 1;
        return after >= tokens.Count || !tokens[after].IsWord
            || (NameForms.IsLowerWord(tokens[after]) && (Lexicon.CapitalisedFunctionWords.Contains(tokens[after].Text) || Lexicon.AttributionVerbs.Contains(tokens[after].Text)));
    }

    // "ShipWatch's AIS tracking database shows": a name owning a database or a website is a service, not a person.
    private static bool HasOwnDatabase(IReadOnlyList<Token> tokens, int last)
    {
        const int MaxWordsBeforeNoun = 4;
        if (last + 1 >= tokens.Count || tokens[last + 1].Text is not ("'s" or "'S"))
        {
            return false;
        }

        for (var k = last + 2; k < tokens.Count && k - (last + 2) <= MaxWordsBeforeNoun && tokens[k].IsWord; k++)
        {
            if (tokens[k].Is("database") || tokens[k].Is("website") || tokens[k].Is("app") || tokens[k].Is("platform"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower-case products a maker's name goes before ("a Kestrel phone", "the Orvane film").</summary>
    private static readonly HashSet<string> ProductNouns = Lexicon.Set("film films movie movies game games console consoles truck trucks phone phones smartphone smartphones");

    // "the Kestrel film", "an Orvane game", "the Tarrock truck": a brand before its product is the company that makes it
    // (but "the Harry Potter film" is named after a character, "the Christmas film" after a season).
    private static bool IsMakerOfProduct(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (next >= tokens.Count || !NameForms.IsLowerWord(tokens[next]) || !ProductNouns.Contains(tokens[next].Text) || GivenNamesOpen(chunk)
            || Lexicon.CapitalisedFunctionWords.Contains(tokens[chunk.First].Text)
            || (chunk.First >= 1 && tokens[chunk.First - 1].Text is "'s" or "’s"))
        {
            return false;
        }

        for (var k = chunk.First; k <= chunk.Last; k++)
        {
            if (!tokens[k].IsWord || Lexicon.NonNameWords.Contains(tokens[k].Text) || Lexicon.EventWords.Contains(tokens[k].Text) || NameForms.IsCountryOrDemonym(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Velmora Dynamics said in a statement", "Kestrel announced in a press release".
    private static bool IsStatementIssuer(IReadOnlyList<Token> tokens, int last)
    {
        var k = last + 1;
        if (k + 3 >= tokens.Count || !NameForms.IsLowerWord(tokens[k]) || !(tokens[k].Is("said") || tokens[k].Is("announced") || tokens[k].Is("confirmed") || tokens[k].Is("stated")))
        {
            return false;
        }

        return tokens[k + 1].Is("in") && tokens[k + 2].Is("a") && (tokens[k + 3].Is("statement") || (k + 4 < tokens.Count && tokens[k + 3].Is("press") && tokens[k + 4].Is("release")));
    }
}
