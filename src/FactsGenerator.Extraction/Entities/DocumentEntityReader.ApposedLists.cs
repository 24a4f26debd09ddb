using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

internal sealed partial class DocumentEntityReader
{
    // The longest apposition between two commas read as an earlier name's ("the governing body's chief executive").
    private const int MaxApposedWords = 8;

    /// <summary>
    /// "Ana Ruiz, the league chairman, Tom Vik, the body's chief executive, and ...": in a list of names each followed by
    /// its own apposition, the office between the commas before the second name is the first name's, not the second's.
    /// True when the name stands right after such an apposition: a comma, a phrase opening with an article or a
    /// possessive pronoun, a comma, and before them a name that reads as a person's (two words or more, or a person
    /// already known). "In Velm, the league chairman, Tom Vik, said" keeps the office for Tom Vik.
    /// </summary>
    private bool FollowsEarlierNamesApposition(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        var comma = chunk.First - 1;
        if (comma < 3 || !tokens[comma].IsSymbol(','))
        {
            return false;
        }

        // The comma opening the apposition, with only words (and a possessive's apostrophe) between it and this one.
        var open = -1;
        for (var k = comma - 1; k >= 0 && comma - k <= MaxApposedWords + 2; k--)
        {
            if (tokens[k].IsSymbol(','))
            {
                open = k;
                break;
            }

            if (!tokens[k].IsWord && !tokens[k].IsSymbol('-') && tokens[k].Text is not ("'s" or "'S"))
            {
                return false;
            }
        }

        if (open < 1 || open + 2 >= comma || !ApposedDeterminers.Contains(tokens[open + 1].Text))
        {
            return false;
        }

        var earlier = NameChunkIndex.EndingAt(chunks, open - 1);
        return earlier is not null && (IsPersonLike(earlier) || IsKnownPerson(earlier.Text));
    }

    // Words opening an apposition that describes the name before it ("A, the chairman,", "A, his deputy,").
    private static readonly HashSet<string> ApposedDeterminers = new(System.StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "its", "their",
    };
}
