using System.Collections.Generic;
using System.Text;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A role phrase found next to a person's name: the office as written (lower case) and who it belongs to.</summary>
internal sealed class RoleMatch
{
    public RoleMatch(string? role, string? affiliation, NameChunk? affiliationChunk)
    {
        Role = role;
        Affiliation = affiliation;
        AffiliationChunk = affiliationChunk;
    }

    public string? Role { get; }

    /// <summary>The affiliation as written ("Armenian", "European Council", "provincial governor").</summary>
    public string? Affiliation { get; }

    /// <summary>The proper name that holds the affiliation, when it is one.</summary>
    public NameChunk? AffiliationChunk { get; }
}

/// <summary>
/// Reads appositions and pre-modifiers around a name: "the Armenian foreign minister, X", "Azerbaijan's
/// president, X", "the president of the European Council, X", "Taliban spokesperson X", and after the name
/// "X, Azerbaijan's representative", "X, a US peace envoy", "X, the deputy commander of ...", "X, of the council".
/// </summary>
internal static class RoleParser
{
    private const int MaxModifiers = 3;
    private const int MaxAffiliationWords = 8;

    public static RoleMatch? Before(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        var p = nameFirst - 1;
        if (p >= 0 && tokens[p].IsSymbol(','))
        {
            p--;
        }

        if (p < 0)
        {
            return null;
        }

        string? affiliation = null;
        NameChunk? affiliationChunk = null;

        // "the president of the European Council, X"
        var ofChunk = ChunkEndingAt(chunks, p);
        if (ofChunk is not null)
        {
            var q = ofChunk.First - 1;
            if (q >= 0 && tokens[q].Is("the"))
            {
                q--;
            }

            if (q >= 1 && (tokens[q].Is("of") || tokens[q].Is("for")) && IsRoleHead(tokens[q - 1]))
            {
                affiliation = ofChunk.Text;
                affiliationChunk = ofChunk;
                p = q - 1;
            }
        }

        if (!IsRoleHead(tokens[p]) || (char.IsUpper(tokens[p].Text[0]) && !Lexicon.TitleWords.Contains(tokens[p].Text)))
        {
            return null;
        }

        var headEnd = p;
        while (p - 1 >= 0 && headEnd - (p - 1) <= MaxModifiers && IsModifier(tokens[p - 1]))
        {
            p--;
        }

        var roleStart = p;
        if (p - 1 >= 0)
        {
            var before = tokens[p - 1];
            if (before.Text is "'s" or "'S" || before.IsSymbol('\''))
            {
                var owner = ChunkEndingAt(chunks, p - 2);
                if (owner is not null && affiliation is null)
                {
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                }
            }
            else if (NameChunker.IsNameWord(before))
            {
                var owner = ChunkEndingAt(chunks, p - 1);
                if (owner is not null && affiliation is null)
                {
                    affiliation = owner.Text;
                    affiliationChunk = owner;
                }
            }
        }

        return new RoleMatch(Join(tokens, roleStart, headEnd), affiliation, affiliationChunk);
    }

    public static RoleMatch? After(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks, bool commaOptional = false)
    {
        var p = nameLast + 1;
        if (p >= tokens.Count || (!tokens[p].IsSymbol(',') && !commaOptional))
        {
            return null;
        }

        p++;
        if (p >= tokens.Count)
        {
            return null;
        }

        // "X, of the Maidan Wardak provincial council": an affiliation without a role.
        if (tokens[p].Is("of") || tokens[p].Is("from"))
        {
            var (text, chunk) = AffiliationPhrase(tokens, p + 1, chunks);
            return text is null ? null : new RoleMatch(null, text, chunk);
        }

        // "X, formerly the mayor of ...", "X, then a senator".
        while (p < tokens.Count && NameForms.IsLowerWord(tokens[p]) && (tokens[p].Text.EndsWith("ly", System.StringComparison.Ordinal) || tokens[p].Is("then") || tokens[p].Is("now")))
        {
            p++;
        }

        if (p < tokens.Count && (tokens[p].Is("the") || tokens[p].Is("a") || tokens[p].Is("an")))
        {
            p++;
        }

        string? affiliation = null;
        NameChunk? affiliationChunk = null;
        var owner = ChunkStartingAt(chunks, p);
        if (owner is not null && (IsRoleHead(tokens[owner.Last]) || IsRoleHead(tokens[owner.First])) && !IsPossessor(tokens, owner))
        {
            // "X, the Speaker of the House": a capitalised role, not an owner ("the General Fund's auditor" has one).
            owner = null;
        }

        if (owner is not null)
        {
            affiliation = owner.Text;
            affiliationChunk = owner;
            p = owner.Last + 1;
            if (p < tokens.Count && (tokens[p].Text is "'s" or "'S" || tokens[p].IsSymbol('\'')))
            {
                p++;
            }
        }

        var roleStart = p;
        var head = -1;
        while (p < tokens.Count && p - roleStart <= MaxModifiers
            && (NameForms.IsLowerWord(tokens[p]) || Lexicon.TitleWords.Contains(tokens[p].Text) || Lexicon.TitleModifiers.Contains(tokens[p].Text))
            && (IsModifier(tokens[p]) || IsRoleHead(tokens[p]) || Lexicon.TitleModifiers.Contains(tokens[p].Text)))
        {
            if (IsRoleHead(tokens[p]))
            {
                head = p;
            }

            p++;
        }

        if (head < 0)
        {
            return null;
        }

        head = CoordinatedRoleEnd(tokens, head);
        var role = Join(tokens, roleStart, head);
        var next = head + 1;

        // "X, the chief of staff", "X, the head of security": a lower-case noun after "of" completes the office.
        if (next + 1 < tokens.Count && tokens[next].Is("of") && NameForms.IsLowerWord(tokens[next + 1])
            && !(tokens[next + 1].Is("the") || tokens[next + 1].Is("a") || tokens[next + 1].Is("an") || tokens[next + 1].Is("his") || tokens[next + 1].Is("her") || tokens[next + 1].Is("their")))
        {
            role = Join(tokens, roleStart, next + 1);
            next += 2;
        }

        if (next < tokens.Count && (tokens[next].Is("of") || tokens[next].Is("for") || tokens[next].Is("at") || tokens[next].Is("to")))
        {
            var (text, chunk) = AffiliationPhrase(tokens, next + 1, chunks);
            if (text is not null)
            {
                affiliation = text;
                affiliationChunk = chunk;
            }
        }

        return new RoleMatch(role, affiliation, affiliationChunk);
    }

    // "president and chief executive officer": a second office joined by "and" belongs to the role.
    private static int CoordinatedRoleEnd(IReadOnlyList<Token> tokens, int head)
    {
        if (head + 2 >= tokens.Count || !tokens[head + 1].Is("and"))
        {
            return head;
        }

        var end = head;
        for (var p = head + 2; p < tokens.Count && p - (head + 2) <= MaxModifiers && NameForms.IsLowerWord(tokens[p]) && (IsModifier(tokens[p]) || IsRoleHead(tokens[p])); p++)
        {
            if (IsRoleHead(tokens[p]))
            {
                end = p;
            }
        }

        return end;
    }

    private static bool IsPossessor(IReadOnlyList<Token> tokens, NameChunk chunk) =>
        chunk.Last + 1 < tokens.Count && (tokens[chunk.Last + 1].Text is "'s" or "'S" || tokens[chunk.Last + 1].IsSymbol('\''));

    // Offices, and the nouns that describe a person's function or relation ("wrestler", "partner", "aunt").
    public static bool IsRoleHead(Token token) => token.IsWord && (Lexicon.RoleHeads.Contains(token.Text)
        || (char.IsLower(token.Text[0]) && (Lexicon.PersonNouns.Contains(token.Text) || IsProfession(token.Text))));

    // "mathematician", "astrophysicist", "economist": the suffixes of professions.
    private static bool IsProfession(string word) =>
        word.Length >= 7 && (word.EndsWith("ician", System.StringComparison.Ordinal) || word.EndsWith("ologist", System.StringComparison.Ordinal)
            || (word.EndsWith("ist", System.StringComparison.Ordinal) && word is not ("consist" or "insist" or "persist" or "resist" or "assist" or "exist")));

    /// <summary>"X resigned as the governor of Y", "X was sworn in as Puerto Rico's new governor".</summary>
    public static RoleMatch? AsRole(IReadOnlyList<Token> tokens, int nameLast, IReadOnlyList<NameChunk> chunks)
    {
        for (var p = nameLast + 1; p < tokens.Count && p <= nameLast + 8; p++)
        {
            if (tokens[p].Kind == TokenKind.Symbol && !tokens[p].IsSymbol('-'))
            {
                return null;
            }

            if (tokens[p].Is("as") && p + 1 < tokens.Count)
            {
                // Reuse the apposition reader on a virtual ", the governor of ...".
                var match = After(tokens, p - 1, chunks, commaOptional: true);
                return match?.Role is null ? null : match;
            }
        }

        return null;
    }

    // A lower-case word that can qualify a role ("foreign", "press", "peace"): not a function word or a verb form.
    private static bool IsModifier(Token token)
    {
        if (!NameForms.IsLowerWord(token) || Lexicon.CapitalisedFunctionWords.Contains(token.Text) || Lexicon.AttributionVerbs.Contains(token.Text))
        {
            return false;
        }

        var word = token.Text;
        return !(word.EndsWith("ed", System.StringComparison.Ordinal) || word.EndsWith("ly", System.StringComparison.Ordinal)
            || word is "and" or "or" or "is" or "was" or "are" or "were" or "has" or "had" or "have" or "be" or "been" or "will" or "would");
    }

    // "the European Council", "the peacekeeping contingent in Guinea-Bissau": up to the next punctuation.
    private static (string? Text, NameChunk? Chunk) AffiliationPhrase(IReadOnlyList<Token> tokens, int start, IReadOnlyList<NameChunk> chunks)
    {
        var p = start;
        if (p < tokens.Count && (tokens[p].Is("the") || tokens[p].Is("a") || tokens[p].Is("an")))
        {
            p++;
        }

        var first = p;
        var last = -1;
        while (p < tokens.Count && p - first < MaxAffiliationWords)
        {
            var token = tokens[p];
            if (token.Kind == TokenKind.Symbol && !(token.IsSymbol('-') && !token.SpaceBefore))
            {
                break;
            }

            if (token.IsWord && (Lexicon.AttributionVerbs.Contains(token.Text) || token.Is("who") || token.Is("which") || token.Is("and")))
            {
                break;
            }

            last = p;
            p++;
        }

        if (last < first)
        {
            return (null, null);
        }

        var chunk = ChunkStartingAt(chunks, first);
        var text = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                text.Append(' ');
            }

            text.Append(tokens[i].Text);
        }

        return (text.ToString(), chunk is not null && chunk.Last == last ? chunk : null);
    }

    // "current", "then", "newly": say when, not what the office is.
    private static readonly HashSet<string> TimeWords = new(System.StringComparer.OrdinalIgnoreCase) { "current", "then", "new", "newly", "sitting", "incumbent", "longtime", "present" };

    private static string Join(IReadOnlyList<Token> tokens, int first, int last)
    {
        while (first < last && TimeWords.Contains(tokens[first].Text))
        {
            first++;
        }

        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first && tokens[i].SpaceBefore)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[i].Text.ToLowerInvariant());
        }

        return builder.ToString();
    }

    public static NameChunk? ChunkEndingAt(IReadOnlyList<NameChunk> chunks, int last)
    {
        foreach (var chunk in chunks)
        {
            if (chunk.Last == last)
            {
                return chunk;
            }
        }

        return null;
    }

    public static NameChunk? ChunkStartingAt(IReadOnlyList<NameChunk> chunks, int first)
    {
        foreach (var chunk in chunks)
        {
            if (chunk.First == first)
            {
                return chunk;
            }
        }

        return null;
    }
}
