using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Transcripts: an editor completes a name the speaker shortened by putting the missing words in square brackets
/// ("[Dana] Whitfield", "[Prime Minister Ola] Brenner", "Dana [Whitfield]"). The bracket splits the name into two chunks; read alone,
/// the given names pass for a person and the surname for anything. Joined, they are the one person named.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    private readonly HashSet<int> bracketCompletedNames = new();

    // The joined name is a person's: the editor filled in the words a speaker left out of a name.
    private bool TryAddBracketCompletedName(NameChunk chunk)
    {
        return bracketCompletedNames.Contains(chunk.Start) && TryAddAsPerson(chunk);
    }

    private void JoinEditorialBracketNames(List<NameChunk> chunks)
    {
        for (var k = chunks.Count - 2; k >= 0; k--)
        {
            if (TryJoinBracketedSurname(chunks, k))
            {
                continue;
            }

            var inside = chunks[k];
            var after = chunks[k + 1];
            var tokens = inside.Tokens;
            var close = inside.Last + 1;
            if (inside.First == 0 || !tokens[inside.First - 1].IsSymbol('[') || close + 1 != after.First || !tokens[close].IsSymbol(']')
                || after.First != after.Last || !IsNamePart(tokens[after.First]) || inside.InsideQuote != after.InsideQuote)
            {
                continue;
            }

            // "[Prime Minister Ola]": the title stays a chunk of its own; the given names join the surname.
            var given = inside.First;
            for (var i = inside.First; i <= inside.Last; i++)
            {
                if (!IsNamePart(tokens[i]))
                {
                    given = i + 1;
                }
            }

            if (given > inside.Last || !AreGivenNames(tokens, given, inside.Last))
            {
                continue;
            }

            var joined = new NameChunk(inside.Sentence, given, after.Last,
                AnalyzedText.CollapseWhitespace(text.Original, tokens[given].Start, tokens[inside.Last].End) + " " + after.Text, inside.InsideQuote);
            bracketCompletedNames.Add(joined.Start);
            chunks.RemoveAt(k + 1);
            if (given == inside.First)
            {
                chunks[k] = joined;
            }
            else
            {
                chunks[k] = SubChunk(inside, inside.First, given - 1);
                chunks.Insert(k + 1, joined);
            }
        }
    }

    // "Dana [Whitfield]": a known given name, then the surname the editor supplied in brackets.
    private bool TryJoinBracketedSurname(List<NameChunk> chunks, int k)
    {
        var given = chunks[k];
        var surname = chunks[k + 1];
        var tokens = given.Tokens;
        var open = given.Last + 1;
        var close = surname.Last + 1;
        if (given.First != given.Last || !GivenNames.Contains(tokens[given.First].Text) || EnglishWords.IsOrdinaryWord(tokens[given.First].Text)
            || !tokens[open].IsSymbol('[') || open + 1 != surname.First || close >= tokens.Count || !tokens[close].IsSymbol(']')
            || surname.Last - surname.First > 1 || given.InsideQuote != surname.InsideQuote)
        {
            return false;
        }

        for (var i = surname.First; i <= surname.Last; i++)
        {
            if (!IsNamePart(tokens[i]) || EnglishWords.IsOrdinaryWord(tokens[i].Text))
            {
                return false;
            }
        }

        var joined = new NameChunk(given.Sentence, given.First, surname.Last, given.Text + " " + surname.Text, given.InsideQuote);
        bracketCompletedNames.Add(joined.Start);
        chunks.RemoveAt(k + 1);
        chunks[k] = joined;
        return true;
    }

    // "[The] Board" is an editor's article, not a given name: the first bracketed word must be no ordinary English word.
    private static bool AreGivenNames(IReadOnlyList<Token> tokens, int first, int last) =>
        !EnglishWords.IsOrdinaryWord(tokens[first].Text) && !tokens[first].Is("The") && (first == last || !EnglishWords.IsOrdinaryWord(tokens[last].Text) || last - first == 1);

    // A capitalised word that is no title ("Minister") and not all capitals ("UN").
    private static bool IsNamePart(Token token) =>
        token.IsCapitalized && !NameForms.IsAllCaps(token.Text) && !IsCapitalisedRoleHead(token.Text);
}
