using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    private const int MaxTenureWords = 2;
    private const int MaxCountryWords = 3;

    // "sitting", "longtime", "veteran": words of tenure that say how long or whether the office is held, not what it is.
    internal static readonly HashSet<string> TenureWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "former", "current", "sitting", "incumbent", "longtime", "long-time", "veteran", "outgoing", "serving", "present",
    };

    /// <summary>
    /// After an apposition's article, the words of tenure and the country or demonym before an office:
    /// "a sitting U.S. Senator", "the former Czech Prime Minister", "a longtime French diplomat". The country is
    /// the office's affiliation, never part of it, whatever the case of the title. Returns the index where the office
    /// begins, or -1 when the words at <paramref name="p"/> are no such lead-in or no office follows it.
    /// </summary>
    private static int OfficeAfterCountryLead(IReadOnlyList<Token> tokens, int p, out string? country, out bool former)
    {
        country = null;
        former = false;
        var q = p;
        var aged = false;
        for (var skipped = 0; q < tokens.Count && skipped < MaxTenureWords; skipped++)
        {
            if (NameForms.IsLowerWord(tokens[q]) && TenureWords.Contains(tokens[q].Text))
            {
                former |= tokens[q].Is("former");
                q++;
            }
            else if (AgeAdjectiveEnd(tokens, q) is var ageEnd && ageEnd > q)
            {
                // "a 34-year-old teacher": the age describes the person, not the office.
                q = ageEnd + 1;
                aged = true;
            }
            else if (q + 1 < tokens.Count && NameForms.IsLyAdverb(tokens[q]) && IsParticipleOfOffice(tokens[q + 1]))
            {
                // "the newly elected mayor", "a recently appointed judge": how the office was won is no part of it.
                q += 2;
            }
            else
            {
                break;
            }
        }

        var tenure = q > p;
        var countryEnd = CountryEnd(tokens, q);
        if (countryEnd >= 0)
        {
            country = TokenText.Of(tokens, q, countryEnd);
            q = countryEnd + 1;
        }

        // ("a 40-year-old man" says only who, not what, the person is.)
        if (q >= tokens.Count || (!tenure && country is null) || (aged && PlainPersonWords.Contains(tokens[q].Text)))
        {
            country = null;
            former = false;
            return -1;
        }

        // A capitalised office ("Senator", "Prime Minister") or, after a word of tenure, a lower-case one ("diplomat").
        if (CapitalisedOfficeEnd(tokens, q, afterLead: true) >= 0 || (tenure && NameForms.IsLowerWord(tokens[q])))
        {
            return q;
        }

        country = null;
        former = false;
        return -1;
    }

    // "Veteran French", "Longtime U.S.": a capitalised word of tenure opening a chunk that is otherwise a country;
    // returns the country, or null.
    private static string? TenureBeforeCountry(IReadOnlyList<Token> tokens, NameChunk chunk) =>
        chunk.First < chunk.Last && TenureWords.Contains(tokens[chunk.First].Text) && CountryEnd(tokens, chunk.First + 1) == chunk.Last
            ? TokenText.Of(tokens, chunk.First + 1, chunk.Last)
            : null;

    // "veteran", "former" at p before a capitalised word: the index of that word, or p.
    private static int TenureWordsBeforeCapital(IReadOnlyList<Token> tokens, int p, out bool former)
    {
        former = false;
        var q = p;
        while (q < tokens.Count && q - p < MaxTenureWords && NameForms.IsLowerWord(tokens[q]) && TenureWords.Contains(tokens[q].Text))
        {
            former |= tokens[q].Is("former");
            q++;
        }

        if (q > p && q < tokens.Count && NameChunker.IsNameWord(tokens[q]))
        {
            return q;
        }

        former = false;
        return p;
    }

    // "34-year-old", "five-year-old" at p: the index of "old", or -1.
    private static int AgeAdjectiveEnd(IReadOnlyList<Token> tokens, int p)
    {
        if (p + 4 >= tokens.Count || !(tokens[p].IsNumber || (NameForms.IsLowerWord(tokens[p]) && NumberWords.TryUnit(tokens[p].Text, out _))))
        {
            return -1;
        }

        return AgeAdjective.FollowsNumber(tokens, p) ? p + 4 : -1;
    }


    private static bool IsParticipleOfOffice(Token token) =>
        token.Is("elected") || token.Is("appointed") || token.Is("named") || token.Is("installed") || token.Is("confirmed") || token.Is("designated");

    /// <summary>
    /// "X, Dean of Y", "X, Professor at Y", "X, Curator, said": right after the apposition's comma, a capitalised word
    /// whose lower-case form is a noun of function, followed by "of", "at", "for" or punctuation (so never a name's
    /// first word, as "Dean Ruiz" would be).
    /// </summary>
    private static bool IsBareCapitalisedOffice(IReadOnlyList<Token> tokens, int p)
    {
        if (p < 1 || p + 1 >= tokens.Count || !tokens[p - 1].IsSymbol(',') || !tokens[p].IsWord || !char.IsUpper(tokens[p].Text[0])
            || NameForms.IsAllCaps(tokens[p].Text))
        {
            return false;
        }

        var next = tokens[p + 1];
        if (!(next.Is("of") || next.Is("at") || next.Is("for") || next.IsSymbol(',')))
        {
            return false;
        }

        var word = tokens[p].Text.ToLowerInvariant();
        return !PlainPersonWords.Contains(word) && !Lexicon.PersonNouns.Contains(word)
            && (Lexicon.RoleHeads.Contains(word) || Gazetteer.Occupations.Contains(word) || IsPersonNounOfFunction(word) || IsProfession(word));
    }

    // "U.S.", "British", "New Zealand" at p: the last index of a country or its demonym, or -1.
    private static int CountryEnd(IReadOnlyList<Token> tokens, int p)
    {
        if (p >= tokens.Count || !tokens[p].IsWord || !char.IsUpper(tokens[p].Text[0]))
        {
            return -1;
        }

        for (var last = System.Math.Min(tokens.Count - 1, p + MaxCountryWords - 1); last >= p; last--)
        {
            // (The run is checked before its text is built: most appositions open with one capitalised word.)
            if (IsWordRun(tokens, p, last) && NameForms.IsCountryOrDemonym(TokenText.Of(tokens, p, last)))
            {
                return last;
            }
        }

        return -1;
    }

    private static bool IsWordRun(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (!tokens[i].IsWord || !char.IsUpper(tokens[i].Text[0]))
            {
                return false;
            }
        }

        return true;
    }
}
