using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// An office owned through a common noun or "its" ("X, the union's general secretary", "its spokeswoman, X"): the owner
/// is the body of that kind the text named last, in the same paragraph or the one before, when exactly one such body
/// was named there (with two, the text may mean either).
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxRoleWordsAfterPossessive = 4;

    // Common nouns that stand for a body, and the last words of the names of bodies of that kind. A noun without
    // name words here ("company", "firm") stands for a company: a body whose last word is a company's ending or no
    // other body's head word.
    private static readonly Dictionary<string, string[]> BodyKindNouns = new(System.StringComparer.Ordinal)
    {
        ["union"] = new[] { "Union", "Federation", "Association" },
        ["university"] = new[] { "University" },
        ["college"] = new[] { "College" },
        ["club"] = new[] { "Club", "FC", "AFC", "United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Hotspur", "Harriers" },
        ["party"] = new[] { "Party" },
        ["council"] = new[] { "Council" },
        ["charity"] = new[] { "Charity", "Trust", "Foundation" },
        ["foundation"] = new[] { "Foundation" },
        ["hospital"] = new[] { "Hospital" },
        ["agency"] = new[] { "Agency" },
        ["company"] = System.Array.Empty<string>(),
        ["firm"] = System.Array.Empty<string>(),
        ["airline"] = System.Array.Empty<string>(),
        ["carmaker"] = System.Array.Empty<string>(),
        ["automaker"] = System.Array.Empty<string>(),
        ["retailer"] = System.Array.Empty<string>(),
        ["bank"] = new[] { "Bank" },
        ["group"] = new[] { "Group" },
    };

    // Last words that make a body a company's for "the company's" even when they are also body heads.
    private static readonly HashSet<string> CompanyHeads = Lexicon.Set("Company Corporation Corp Inc Ltd LLC Plc Group Motors Airlines Airways Industries Holdings");

    private void ReadOfficesOfNamedBodies()
    {
        var bodies = new List<(EntityRecord Body, int Paragraph)>();
        EntityRecord? lastSubject = null;
        foreach (var (sentence, chunks) in sentences)
        {
            var subject = lastSubject;
            lastSubject = CompanySubject(sentence.Tokens, chunks);
            var speakingBody = BodySubject(sentence.Tokens, chunks);
            var paragraph = sentence.Paragraph.Index;
            bodies.RemoveAll(named => named.Paragraph < paragraph - 1);
            foreach (var chunk in chunks)
            {
                var record = registry.Find(chunk.Text);
                if (record is null || record.Discarded)
                {
                    continue;
                }

                if (record.Kind == EntityKind.Organization)
                {
                    bodies.RemoveAll(named => ReferenceEquals(named.Body, record));
                    bodies.Add((record, paragraph));
                }
                else if (record.Kind == EntityKind.Person && record.Role is { } role && record.Affiliation is null
                    && OwnerNounOfOffice(chunk, role) is { } noun
                    && (SubjectOwningIts(noun, speakingBody, chunks, chunk) ?? SoleBodyOfKind(bodies, noun)) is { } owner)
                {
                    record.Affiliation = owner.Name;
                }
                else if (record.Kind == EntityKind.Person && subject is not null && record.Role is { } office && record.Affiliation is null
                    && CompanyOffices.Contains(office) && chunk.First >= 1 && OpensWithOffice(chunk, office))
                {
                    // "Velm Motors said it would shut the plant. Chief executive X said ...": a company's office opening
                    // the next sentence is held at the company the sentence before was about.
                    record.Affiliation = subject.Name;
                }
            }
        }
    }

    // Offices a company's spokesperson or head holds, which the company that just spoke owns when nothing else is said.
    private static readonly HashSet<string> CompanyOffices = new(System.StringComparer.Ordinal)
    {
        "chief executive", "chief executive officer", "ceo", "chairman", "chairwoman", "chairperson", "managing director",
        "spokesman", "spokeswoman", "spokesperson", "chief financial officer", "chief operating officer", "founder",
    };

    // The company a sentence opens with as its subject ("Velm Motors said ...", "The Orvane Group will ..."), or null.
    private EntityRecord? CompanySubject(IReadOnlyList<Token> tokens, List<NameChunk> chunks)
    {
        var first = tokens.Count > 0 && tokens[0].Is("the") ? 1 : 0;
        return NameChunkIndex.StartingAt(chunks, first) is { } chunk && chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1])
            && registry.Find(chunk.Text) is { Kind: EntityKind.Organization, Discarded: false } body && IsBodyOfKind(body.Name, "company")
            ? body
            : null;
    }

    // The body a sentence opens with as its subject, of any kind ("Tarrow Rail said ...", "The Lisle Trust has ..."),
    // with the chunk that names it; null when the sentence opens otherwise or with a list ("X and Y said").
    private (EntityRecord Body, NameChunk Chunk)? BodySubject(IReadOnlyList<Token> tokens, List<NameChunk> chunks)
    {
        var first = tokens.Count > 0 && tokens[0].Is("the") ? 1 : 0;
        return NameChunkIndex.StartingAt(chunks, first) is { } chunk && chunk.Last + 1 < tokens.Count && NameForms.IsLowerWord(tokens[chunk.Last + 1])
            && !(tokens[chunk.Last + 1].Is("and") || tokens[chunk.Last + 1].Is("or"))
            && registry.Find(chunk.Text) is { Kind: EntityKind.Organization, Discarded: false } body
            ? (body, chunk)
            : null;
    }

    // "Tarrow Rail said its chief executive, X, would leave": "its" in the clause of a body that is the sentence's
    // subject is that body's, however many other bodies the paragraphs before named; a body named between the
    // subject and the person leaves the owner to the usual reading.
    private EntityRecord? SubjectOwningIts(string noun, (EntityRecord Body, NameChunk Chunk)? speaking, List<NameChunk> chunks, NameChunk person)
    {
        if (noun != "its" || speaking is not { } subject || subject.Chunk.Last >= person.First)
        {
            return null;
        }

        foreach (var other in chunks)
        {
            if (other.First > subject.Chunk.Last && other.Last < person.First
                && registry.Find(other.Text) is { Kind: EntityKind.Organization, Discarded: false } body && !ReferenceEquals(body, subject.Body))
            {
                return null;
            }
        }

        return subject.Body;
    }

    // Whether the sentence opens with the office, written right before the name ("Chief executive X said").
    private static bool OpensWithOffice(NameChunk chunk, string office)
    {
        var words = office.Split(' ');
        if (chunk.First != words.Length)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!chunk.Tokens[i].Text.Equals(words[i], System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // "the union's" or "its" owning the office (ending in the role's last word) written right before the name (with
    // or without a comma) or right after it and a comma. Returns the noun ("union"; "its" for the pronoun), or null.
    private static string? OwnerNounOfOffice(NameChunk chunk, string role)
    {
        var tokens = chunk.Tokens;
        var head = role.Substring(role.LastIndexOf(' ') + 1);

        // Before: "the union's general secretary, X", "its spokeswoman X".
        var last = chunk.First - 1;
        if (last >= 0 && tokens[last].IsSymbol(','))
        {
            last--;
        }

        if (last >= 1 && tokens[last].Text.Equals(head, System.StringComparison.OrdinalIgnoreCase)
            && PossessiveBefore(tokens, last, towardsStart: true) is { } before)
        {
            return before;
        }

        // After: "X, the company's chief executive".
        var comma = chunk.Last + 1;
        return comma + 1 < tokens.Count && tokens[comma].IsSymbol(',') ? PossessiveBefore(tokens, comma + 1, towardsStart: false, head) : null;
    }

    // Reads "the NOUN 's" or "its" and the lower-case words of the office between it and the office's head.
    private static string? PossessiveBefore(IReadOnlyList<Token> tokens, int at, bool towardsStart, string? head = null)
    {
        if (towardsStart)
        {
            var p = at;
            for (var words = 0; p >= 0 && words < MaxRoleWordsAfterPossessive && NameForms.IsLowerWord(tokens[p]) && !tokens[p].Is("its"); words++)
            {
                p--;
            }

            return p >= 0 && p < at ? OwnerNounEndingAt(tokens, p) : null;
        }

        var noun = OwnerNounStartingAt(tokens, at, out var next);
        if (noun is null)
        {
            return null;
        }

        for (var words = 0; next < tokens.Count && words < MaxRoleWordsAfterPossessive && NameForms.IsLowerWord(tokens[next]); words++, next++)
        {
            if (tokens[next].Text == head && (next + 1 >= tokens.Count || tokens[next + 1].Kind == TokenKind.Symbol))
            {
                return noun;
            }
        }

        return null;
    }

    private static string? OwnerNounEndingAt(IReadOnlyList<Token> tokens, int last)
    {
        if (tokens[last].Is("its"))
        {
            return "its";
        }

        return last >= 2 && tokens[last].Text is "'s" && tokens[last - 2].Is("the") && BodyKindNouns.ContainsKey(tokens[last - 1].Text)
            ? tokens[last - 1].Text
            : null;
    }

    private static string? OwnerNounStartingAt(IReadOnlyList<Token> tokens, int first, out int next)
    {
        next = first + 1;
        if (tokens[first].Is("its"))
        {
            return "its";
        }

        next = first + 3;
        return first + 2 < tokens.Count && tokens[first].Is("the") && BodyKindNouns.ContainsKey(tokens[first + 1].Text) && tokens[first + 2].Text is "'s"
            ? tokens[first + 1].Text
            : null;
    }

    // The one body of the noun's kind among those named lately ("its": the one body named lately of any kind).
    private static EntityRecord? SoleBodyOfKind(List<(EntityRecord Body, int Paragraph)> bodies, string noun)
    {
        EntityRecord? found = null;
        foreach (var (body, _) in bodies)
        {
            if (body.Discarded || !(noun == "its" || IsBodyOfKind(body.Name, noun)))
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = body;
        }

        return found;
    }

    private static bool IsBodyOfKind(string name, string noun)
    {
        var last = name.Substring(name.LastIndexOf(' ') + 1);
        var names = BodyKindNouns[noun];
        if (names.Length > 0)
        {
            return System.Array.IndexOf(names, last) >= 0 || (noun == "union" && name.StartsWith("Union ", System.StringComparison.Ordinal));
        }

        return CompanyHeads.Contains(last) || Lexicon.CompanyEndings.Contains(last) || !Lexicon.OrganizationHeads.Contains(last);
    }
}
