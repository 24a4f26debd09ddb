using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// An abbreviation the article defines for a title or rank ("Senior Warden (SW)") and writes before a person's name
/// ("SW Ana Ruiz"): the spelled-out title is the person's role. Which abbreviations are titles is not listed: the
/// article shows it by writing the abbreviation before a name.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxTitleAcronymLetters = 4;

    private Dictionary<string, string>? definedAcronyms;

    // "SW Ana Ruiz": the abbreviated title is no body before the name; the rest is the person, the title the role.
    private bool TrySplitTitleAcronym(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        if (chunk.First + 2 > chunk.Last || !tokens[chunk.First].IsWord || !NameForms.IsAllCaps(tokens[chunk.First].Text)
            || !DefinedAcronyms().ContainsKey(tokens[chunk.First].Text))
        {
            return false;
        }

        var name = SubChunkFrom(chunk, chunk.First + 1);
        if (!IsPersonLike(name) || !(GivenNames.Contains(tokens[name.First].Text) || IsKnownPerson(name.Text) || HasPersonEvidence(name, chunks)))
        {
            return false;
        }

        AddPerson(name, name.Text, chunks);
        return true;
    }

    // "SW Ana Ruiz", or "Senior Warden (SW) Ana Ruiz" where the title is defined right before the name: the title spelled out.
    private (string Acronym, string SpelledOut)? TitleAcronymBefore(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var at = chunk.First - 1;
        if (at >= 2 && tokens[at].IsSymbol(')') && tokens[at - 2].IsSymbol('('))
        {
            at--;
        }

        if (at < 0 || !tokens[at].IsWord || !NameForms.IsAllCaps(tokens[at].Text) || tokens[at].Text.Length > MaxTitleAcronymLetters)
        {
            return null;
        }

        return DefinedAcronyms().TryGetValue(tokens[at].Text, out var spelled) ? (tokens[at].Text, spelled) : null;
    }

    // Every "Long Form Words (LFW)" in the article whose capitalised words' initials spell the abbreviation, read once.
    private Dictionary<string, string> DefinedAcronyms()
    {
        if (definedAcronyms is not null)
        {
            return definedAcronyms;
        }

        definedAcronyms = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var sentence in text.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 1; i + 2 < tokens.Count; i++)
            {
                if (tokens[i].IsSymbol('(') && tokens[i + 2].IsSymbol(')') && tokens[i + 1].IsWord && NameForms.IsAllCaps(tokens[i + 1].Text)
                    && tokens[i + 1].Text.Length <= MaxTitleAcronymLetters && !definedAcronyms.ContainsKey(tokens[i + 1].Text)
                    && SpelledOutBefore(tokens, i, tokens[i + 1].Text) is { } spelled)
                {
                    definedAcronyms[tokens[i + 1].Text] = spelled;
                }
            }
        }

        return definedAcronyms;
    }

    // "Velm Democratic Party (VDP)": a body's name, ending in a word of a body with no word of an office in it, is no
    // title, even when a name follows the abbreviation ("Member of Parliament (MP)" holds "Member" and stays one).
    private static bool IsBodyWithoutTitle(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (!Lexicon.OrganizationHeads.Contains(tokens[last].Text))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if (Lexicon.TitleWords.Contains(tokens[k].Text) || Lexicon.RoleHeads.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Member of Parliament" before "(MP)": words back from the bracket, with "of" between them, whose initials are
    // the abbreviation's letters, the first capitalised; written lower-case as a role.
    private static string? SpelledOutBefore(IReadOnlyList<Token> tokens, int open, string acronym)
    {
        var letter = acronym.Length - 1;
        var start = open;
        for (var k = open - 1; k >= 0 && letter >= 0; k--)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (tokens[k].Is("of") && letter < acronym.Length - 1)
            {
                continue;
            }

            // ("Member of parliament (MP)": a word after the first may be written in lower case.)
            var initial = tokens[k].Text[0];
            if (char.ToUpperInvariant(initial) != acronym[letter] || (letter == 0 && !char.IsUpper(initial)) || NameForms.IsAllCaps(tokens[k].Text))
            {
                return null;
            }

            letter--;
            start = k;
        }

        if (letter >= 0 || IsBodyWithoutTitle(tokens, start, open - 1))
        {
            return null;
        }

        var words = new List<string>();
        for (var k = start; k < open; k++)
        {
            words.Add(tokens[k].Text.ToLowerInvariant());
        }

        return string.Join(" ", words);
    }
}
