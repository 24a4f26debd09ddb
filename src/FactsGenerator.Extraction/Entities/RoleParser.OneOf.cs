using System.Collections.Generic;
using FactsGenerator.Extraction.Quantities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// "X, one of the curators of Y", "one of the party's Deputy Leaders, X": the name is one member of a group
    /// named by a plural office or occupation, so it holds that office. start is the index after "of"; end is set to the
    /// plural's index.
    /// </summary>
    private static RoleMatch? OneOfGroup(IReadOnlyList<Token> tokens, int start, IReadOnlyList<NameChunk> chunks, out int end)
    {
        end = -1;
        var q = start;
        string? affiliation = null;
        NameChunk? affiliationChunk = null;
        if (q < tokens.Count && IsDeterminer(tokens[q]))
        {
            q++;
        }
        else if (NameChunkIndex.StartingAt(chunks, q) is { } owner && owner.Last + 2 < tokens.Count && IsPossessiveS(tokens[owner.Last + 1]))
        {
            // "one of Velmoria's envoys": a named owner is the affiliation.
            affiliation = owner.Text;
            affiliationChunk = owner;
            q = owner.Last + 2;
        }

        // "one of the party's Deputy Leaders": a common noun owning the group, after its article or without one, is left
        // out, as in an apposition ("X, the province's water minister").
        if (affiliation is null && q + 1 < tokens.Count && NameForms.IsLowerWord(tokens[q]) && IsPossessiveS(tokens[q + 1]))
        {
            q += 2;
        }

        var first = q;
        while (q < tokens.Count && q - first < MaxModifiers && GroupSingular(tokens[q]) is null
            && ((NameForms.IsLowerWord(tokens[q]) && IsModifier(tokens[q])) || IsCapitalisedTitlePart(tokens[q])))
        {
            q++;
        }

        var singular = q < tokens.Count ? GroupSingular(tokens[q]) : null;
        if (singular is null)
        {
            return null;
        }

        end = q;
        var role = q > first ? Join(tokens, first, q - 1) + " " + singular : singular;
        if (q + 2 < tokens.Count && (tokens[q + 1].Is("of") || tokens[q + 1].Is("for") || tokens[q + 1].Is("at")) && affiliation is null)
        {
            var (text, chunk) = AffiliationPhrase(tokens, q + 2, chunks);
            affiliation = text;
            affiliationChunk = chunk;
        }

        return new RoleMatch(role, affiliation, affiliationChunk);
    }

    // "one of the curators, X" before the name: the group phrase ends at the comma right before it.
    private static RoleMatch? OneOfGroupBefore(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        const int MaxGroupTokens = 8;
        var comma = nameFirst - 1;
        if (comma < 3 || !tokens[comma].IsSymbol(','))
        {
            return null;
        }

        for (var k = comma - 3; k >= 0 && comma - k <= MaxGroupTokens; k--)
        {
            if (tokens[k].Is("one") && tokens[k + 1].Is("of"))
            {
                var match = OneOfGroup(tokens, k + 2, chunks, out var end);
                return end == comma - 1 ? match : null;
            }
        }

        return null;
    }

    // The singular of a plural office or person noun: "curators" → "curator", "Governors" → "governor".
    private static string? GroupSingular(Token token)
    {
        var word = token.Text;
        if (!token.IsWord || word.Length < 4 || !word.EndsWith("s", System.StringComparison.Ordinal) || word.EndsWith("ss", System.StringComparison.Ordinal))
        {
            return null;
        }

        var stem = SibilantPluralStem(word) ?? word.Substring(0, word.Length - 1);
        if (char.IsUpper(word[0]))
        {
            return Lexicon.TitleWords.Contains(stem) && !NameForms.IsAllCaps(word) ? stem.ToLowerInvariant() : null;
        }

        return Singular(token) ?? (IsPersonNounOfFunction(stem) ? stem : null)
            ?? (word.EndsWith("ies", System.StringComparison.Ordinal) && IsPersonNounOfFunction(word.Substring(0, word.Length - 3) + "y") ? word.Substring(0, word.Length - 3) + "y" : null);
    }
}
