using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," the agency quoted Ana Ruiz as saying", ""...," state radio cited her, a nurse, as saying" (also without
/// "as": "quoted Ana Ruiz saying"): the outlet that quotes only reports; the person it quotes said the words.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the outlet's name may take before "quoted" or "cited".</summary>
    private const int MaxQuotingOutletTokens = 8;

    /// <summary>How many tokens an aside between the person and "as saying" may take.</summary>
    private const int MaxQuotedAsideTokens = 12;

    // The person an outlet after the quotation quotes "as saying"; null when the clause is of another shape. verb is the
    // index of "saying".
    private EntityMention? QuotedAsSayingAfter(IReadOnlyList<Token> tokens, bool[] insideQuote, int p, out int verb)
    {
        verb = -1;
        for (var k = p; k < tokens.Count && k - p <= MaxQuotingOutletTokens; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"') || tokens[k].IsSymbol(',') || tokens[k].IsSymbol(';'))
            {
                return null;
            }

            // (Passive "was quoted as saying" has its speaker before the verb; it is read with the other verbs of saying.)
            if (!(tokens[k].Is("quoted") || tokens[k].Is("cited") || tokens[k].Is("reported")) || k == p || IsPassiveAuxiliary(tokens[k - 1]) || k + 1 >= tokens.Count)
            {
                continue;
            }

            var person = QuotedPerson(tokens, k + 1, out var next);
            next = SkipQuotedAside(tokens, insideQuote, next);
            if (person is not null)
            {
                // ("quoted IMF official Ana Ruiz saying": "as" is often left out.)
                verb = next + 1 < tokens.Count && tokens[next].Is("as") && tokens[next + 1].Is("saying") ? next + 1
                    : next < tokens.Count && tokens[next].Is("saying") ? next : -1;
                return verb >= 0 ? person : null;
            }

            // ("reported the boy's lawyer as saying": somebody quoted whom no name tells.)
            verb = AsSayingWithin(tokens, k + 1);
            return null;
        }

        return null;
    }

    // The index of "saying" in "as saying" after a short phrase of words from start, or -1.
    private static int AsSayingWithin(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k + 1 < tokens.Count && k - start <= MaxRoleWordsBeforeQuotedName + 2; k++)
        {
            if (tokens[k].Is("as") && tokens[k + 1].Is("saying"))
            {
                return k + 1;
            }

            if (!tokens[k].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    // The person or body named (or the person meant by "him" or "her") at the index; next is the token after it.
    // "the boy's lawyer" is the person holding that office named before.
    private EntityMention? QuotedPerson(IReadOnlyList<Token> tokens, int index, out int next)
    {
        next = index + 1;
        if (tokens[index].Is("him") || tokens[index].Is("her"))
        {
            return PersonForPronoun(tokens[index].Start, feminine: tokens[index].Is("her"));
        }

        if (OfficeOfPossessor(tokens, index, out var afterOffice) is { } holder)
        {
            next = afterOffice;
            return holder;
        }

        // ("quoted party leader Ana Ruiz": a role may stand before the name.)
        for (var k = index; k < tokens.Count && k - index <= MaxRoleWordsBeforeQuotedName && tokens[k].IsWord && !tokens[k].Is("as"); k++)
        {
            var mention = entities.MentionAt(tokens[k].Start);
            if (mention is not null)
            {
                next = IndexAtOrAfter(tokens, mention.End);
                return mention.Kind == EntityKind.Organization ? PersonAfterBodysRole(tokens, next, out next) ?? mention
                    : mention.Kind == EntityKind.Person ? mention : null;
            }
        }

        return null;
    }

    // "quoted IMF official Ana Ruiz": the body names the person's employer; the person after its lower-case role words
    // (at most MaxRoleWordsBeforeQuotedName) is the one quoted. Null, with next left at index, when no person follows.
    private EntityMention? PersonAfterBodysRole(IReadOnlyList<Token> tokens, int index, out int next)
    {
        next = index;
        var k = index;
        while (k < tokens.Count && k - index < MaxRoleWordsBeforeQuotedName && NameForms.IsLowerWord(tokens[k]) && Lexicon.RoleHeads.Contains(tokens[k].Text))
        {
            k++;
        }

        if (k == index || k >= tokens.Count || entities.MentionAt(tokens[k].Start) is not { Kind: EntityKind.Person } person)
        {
            return null;
        }

        next = IndexAtOrAfter(tokens, person.End);
        return person;
    }

    /// <summary>How many words of a role may stand between "quoted" and the name.</summary>
    private const int MaxRoleWordsBeforeQuotedName = 3;

    // ", a person living in the area," after the person: the token after the aside's closing comma, or index.
    private static int SkipQuotedAside(IReadOnlyList<Token> tokens, bool[] insideQuote, int index)
    {
        if (index >= tokens.Count || !tokens[index].IsSymbol(','))
        {
            return index;
        }

        for (var k = index + 1; k < tokens.Count && k - index <= MaxQuotedAsideTokens; k++)
        {
            if (insideQuote[k] || tokens[k].IsSymbol('"'))
            {
                return index;
            }

            if (tokens[k].IsSymbol(','))
            {
                return k + 1;
            }
        }

        return index;
    }

    // "Kim's lawyer", "the boy's lawyer" at the index: the person named before whose office ends with the noun (only a
    // person: "the mayor's office" is no speaker); next is the token after the noun.
    private EntityMention? OfficeOfPossessor(IReadOnlyList<Token> tokens, int index, out int next)
    {
        next = -1;
        var possessive = index;
        while (possessive < tokens.Count && possessive - index <= 3 && tokens[possessive].IsWord && tokens[possessive].Text is not ("'s" or "'S"))
        {
            possessive++;
        }

        if (possessive == index || possessive + 1 >= tokens.Count || tokens[possessive].Text is not ("'s" or "'S") || !NameForms.IsLowerWord(tokens[possessive + 1]))
        {
            return null;
        }

        var noun = possessive + 1;
        if (Described(tokens[noun]) is not { Kind: EntityKind.Person } holder)
        {
            return null;
        }

        next = noun + 1;
        return holder;
    }
}
