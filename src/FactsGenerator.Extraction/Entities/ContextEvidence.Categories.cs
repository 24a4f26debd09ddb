using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Capitalised names of a kind of thing rather than of one body: "a Protected Marine Area".</summary>
internal sealed partial class ContextEvidence
{
    private readonly HashSet<string> kindMentions = new(System.StringComparer.Ordinal);
    private readonly HashSet<string> otherMentions = new(System.StringComparer.Ordinal);

    // "a Velm Rights Group (VRG)": the acronym of a name written as a kind is that kind's acronym.
    private readonly Dictionary<string, string> kindAcronyms = new(System.StringComparer.Ordinal);

    /// <summary>True when every mention of the name heads a noun phrase opened by "a", "an", "any" or "every" ("listed as a Designated
    /// Terror Group.", "it is a Community Trust, which ..."): a name given to one body is never counted like a common noun,
    /// so the capitals dress up a category, not a name. A mention with anything else around it makes it a name again.</summary>
    public bool IsKindName(string name)
    {
        // "a Velm Rights Group (VRG)": the acronym is a kind when its spelled-out name is one.
        var key = NameForms.Key(name);
        if (kindAcronyms.TryGetValue(key, out var spelled) && kindMentions.Contains(spelled) && !otherMentions.Contains(spelled))
        {
            return true;
        }

        // A well-known body or a place keeps its name ("a more federal Velm Union", "a new Near East").
        return kindMentions.Contains(key) && !otherMentions.Contains(key) && !Gazetteer.OrganizationLexicon.Contains(name)
            && !Gazetteer.PlaceGazetteer.Instance.TryFind(name, out _);
    }

    private void CollectKindName(NameChunk chunk)
    {
        var key = NameForms.Key(chunk.Text);
        if (AfterIndefiniteArticle(chunk) && EndsNounPhrase(chunk))
        {
            kindMentions.Add(key);
            var tokens = chunk.Tokens;
            var open = chunk.Last + 1;
            if (open + 2 < tokens.Count && tokens[open].IsSymbol('(') && tokens[open + 2].IsSymbol(')') && NameForms.IsAcronym(tokens[open + 1]))
            {
                kindAcronyms[NameForms.Key(tokens[open + 1].Text)] = key;
            }
        }
        else
        {
            otherMentions.Add(key);
        }
    }

    // "a Velm Rights Group", "a national Velm Rights Group", "an EU-designated Velm Rights Group": the article, then at
    // most one lower-case or hyphen-joined modifier (more words may hold a verb: "a guard told Velm Rights Group").
    private static bool AfterIndefiniteArticle(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        if (k >= 0 && !IsKindDeterminer(tokens[k]))
        {
            // One modifier: a lower-case word, or words joined by hyphens ("U.S.-designated", "state-run").
            if (NameForms.IsLowerWord(tokens[k]) && tokens[k].Text is not ("of" or "and" or "or" or "the"))
            {
                k--;
            }

            while (k >= 1 && tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore && tokens[k - 1].IsWord)
            {
                k -= 2;
            }
        }

        return k >= 0 && k < chunk.First && IsKindDeterminer(tokens[k]) && (NameForms.IsLowerWord(tokens[k]) || k == 0 || !tokens[k - 1].IsWord);
    }

    // Words that pick any one of a kind ("a", "any", "every", "another"), never a body named as itself.
    private static bool IsKindDeterminer(Token token) =>
        token.Is("a") || token.Is("an") || token.Is("any") || token.Is("every") || token.Is("another");

    // The name is the head of its phrase: punctuation or a relative pronoun follows, not a noun it modifies ("a Velm
    // Rights Group report") nor a number ("a Corvane 300").
    private static bool EndsNounPhrase(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var next = chunk.Last + 1;
        if (next >= tokens.Count)
        {
            return true;
        }

        var token = tokens[next];
        // "a Velm Rights Group (VRG) report": an acronym in brackets, then whatever follows it.
        if (token.IsSymbol('(') && next + 2 < tokens.Count && tokens[next + 2].IsSymbol(')') && NameForms.IsAcronym(tokens[next + 1]))
        {
            next += 3;
            if (next >= tokens.Count)
            {
                return true;
            }

            token = tokens[next];
        }

        // "a Velmton, Ostland newspaper": a town and its country or state.
        if (token.IsSymbol(',') && next + 1 < tokens.Count && tokens[next + 1].IsCapitalized)
        {
            return false;
        }

        // A spaced dash is punctuation ("a Velm Rights Group - which"); a glued one joins words.
        return (token.Kind == TokenKind.Symbol && (!token.IsSymbol('-') || token.SpaceBefore) && token.Text[0] != '\'' && !token.IsSymbol('/') && !token.IsSymbol('&'))
            || token.Text is "which" or "that" or "who";
    }
}
