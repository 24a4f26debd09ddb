using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The city in capitals that opens a wire story's dateline ("OSLO (Wire) —", "OSLO, March 4 —").</summary>
internal sealed partial class DocumentEntityReader
{
    private const int MinDatelinePlaceLength = 3;

    // "OSLO (Wire) — The minister...", "NEW YORK, May 2 — ...": capitals that open the body's first sentence before a
    // comma, a bracket or a dash are the place the story was filed from, not an acronym of a body.
    private bool TryDatelinePlace(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        if (chunk.First != 0 || chunk.Sentence.IsHeadline || chunk.Last + 1 >= tokens.Count || chunk.Text.Length < MinDatelinePlaceLength
            || !IsFirstBodySentence(chunk.Sentence))
        {
            return false;
        }

        var next = tokens[chunk.Last + 1];
        if (!(next.IsSymbol(',') || next.IsSymbol('(') || IsDash(next)))
        {
            return false;
        }

        for (var i = chunk.First; i <= chunk.Last; i++)
        {
            if (!tokens[i].IsWord || tokens[i].Text.Length < 2 || !NameForms.IsAllCaps(tokens[i].Text))
            {
                return false;
            }
        }

        if (!gazetteer.TryFind(TitleCase(chunk.Text), out var place))
        {
            return false;
        }

        AddPlace(place, chunk);
        return true;
    }

    // "OSLO (Wire) —": the service credited in brackets before the dateline's dash is no short form of the place.
    private static bool IsWireCredit(IReadOnlyList<Token> tokens, int open) =>
        open + 3 < tokens.Count && tokens[open].IsSymbol('(') && tokens[open + 2].IsSymbol(')') && IsDash(tokens[open + 3]);

    private static bool IsDash(Token token) => token.IsSymbol('-') || token.IsSymbol('—') || token.IsSymbol('–');

    // "NEW YORK" as the gazetteer writes it: "New York".
    private static string TitleCase(string capitals)
    {
        var letters = capitals.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            if (i == 0 || letters[i - 1] == ' ' || letters[i - 1] == '-')
            {
                letters[i] = char.ToUpperInvariant(letters[i]);
            }
        }

        return new string(letters);
    }

    private bool IsFirstBodySentence(Sentence sentence)
    {
        foreach (var first in text.BodySentences)
        {
            return ReferenceEquals(first, sentence);
        }

        return false;
    }
}
