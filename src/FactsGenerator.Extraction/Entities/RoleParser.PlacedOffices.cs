using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    // Words between "in"/"at" and the apposition's comma: "a nearby clinic", "the state", "Orra State".
    private const int MaxPlacingWords = 5;

    /// <summary>
    /// "A nurse at a nearby clinic, X, said", "The Commissioner of Police in Orra State, X, has": an office written
    /// before an apposed name is often placed by a phrase of where ("in"/"at" and a short noun phrase) before the comma.
    /// Returns the index of the "in"/"at" when the words from it to <paramref name="p"/> are such a phrase (lower-case
    /// words and at most one name, after an article unless a name is among them), else -1; <paramref name="place"/> is the name the phrase
    /// holds, if any. Only when the name closes the apposition (a comma or the sentence's end after it): in "the mayor
    /// in the town hall, X said" the name opens a reporting clause and the office is not hers.
    /// </summary>
    private static int PlacingPhraseStart(IReadOnlyList<Token> tokens, int nameFirst, int p, IReadOnlyList<NameChunk> chunks, out NameChunk? place)
    {
        place = null;
        if (p < 2 || !tokens[nameFirst - 1].IsSymbol(',') || !ClosesApposition(tokens, nameFirst, chunks))
        {
            return -1;
        }

        var k = p;
        while (k >= 1 && p - k < MaxPlacingWords)
        {
            if (NameChunkIndex.EndingAt(chunks, k) is { } chunk && chunk.First <= k && place is null)
            {
                place = chunk;
                k = chunk.First - 1;
            }
            else if (IsModifier(tokens[k]) && !IsDeterminer(tokens[k]) && !IsPlacingPreposition(tokens[k]))
            {
                k--;
            }
            else
            {
                break;
            }
        }

        if (k == p)
        {
            return -1;
        }

        // ("the first citizen in space, X": a bare noun after "in" says how, not where; an article or a name places.)
        if (k >= 1 && IsDeterminer(tokens[k]) && NameForms.IsLowerWord(tokens[k]))
        {
            k--;
        }
        else if (place is null)
        {
            return -1;
        }

        return k >= 1 && IsPlacingPreposition(tokens[k]) && NameForms.IsLowerWord(tokens[k]) ? k : -1;
    }

    private static bool IsPlacingPreposition(Token token) => token.Is("in") || token.Is("at");

    /// <summary>Words of an office that a state, a region or a town holds ("The Commissioner of Police in Orra State").</summary>
    private static readonly HashSet<string> OfficesOfPlaces = Lexicon.Set(
        "commissioner governor police premier minister administrator mayor sheriff prefect");

    // The office before "in" at placing is one a place holds, so the place "in" names is the affiliation ("The
    // Commissioner of Police in Orra State, X,"); any other office is only located there ("A reporter in London, X,"
    // works in London, not for it). "at" always names where the office is held ("A doctor at Velm General Hospital").
    private static bool IsOfficeOfPlaceBefore(IReadOnlyList<Token> tokens, int placing)
    {
        const int MaxOfficeWords = 4;
        for (var k = placing - 1; k >= 0 && placing - k <= MaxOfficeWords && tokens[k].IsWord; k--)
        {
            if (OfficesOfPlaces.Contains(tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    // The apposed name ends the apposition or the sentence: a comma, a full stop or the end of the tokens follows it.
    private static bool ClosesApposition(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        var name = NameChunkIndex.StartingAt(chunks, nameFirst);
        if (name is null)
        {
            return false;
        }

        var next = name.Last + 1;
        return next >= tokens.Count || tokens[next].IsSymbol(',') || tokens[next].IsSymbol('.');
    }

    /// <summary>"the head of Velmoria's Harbour Bureau, X": the body after "of" may be named with its owner's possessive;
    /// returns the index before the owner ("of"), or q unchanged when no owner's "'s" stands at q.</summary>
    private static int BeforePossessiveOwner(IReadOnlyList<Token> tokens, int q, IReadOnlyList<NameChunk> chunks)
    {
        if (q < 2 || !IsPossessiveS(tokens[q]) || NameChunkIndex.EndingAt(chunks, q - 1) is not { } owner)
        {
            return q;
        }

        return owner.First - 1;
    }
}
