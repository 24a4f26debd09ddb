using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>
/// Ranks with a class inside, as American forces write them: "Sgt. 1st Class Ana Ruiz", "Petty Officer 2nd Class
/// Tom Hale", "Airman First Class Jo Kim". The ordinal breaks the run of capitals, so without this reader "Class" was
/// taken for a given name ("Class Ana Ruiz") or the run was lost.
/// </summary>
internal sealed partial class DocumentEntityReader
{
    // Ranks that take a class (spelled out as a role spells them).
    private static readonly HashSet<string> ClassedRanks = new(System.StringComparer.Ordinal)
    {
        "sergeant", "officer", "airman", "seaman", "private", "specialist",
    };

    // "Sgt. 1st Class Ana Ruiz": the person after "Class", with the rank spelled out and its class ("sergeant first class").
    private bool TrySplitClassRank(NameChunk chunk, List<NameChunk> chunks)
    {
        var tokens = chunk.Tokens;
        for (var c = chunk.First; c < chunk.Last; c++)
        {
            if (!tokens[c].Is("Class") || !char.IsUpper(tokens[c].Text[0]) || !IsPersonNameSpan(tokens, c + 1, chunk.Last))
            {
                continue;
            }

            var rank = ClassRankBefore(tokens, c - 1);
            if (rank is null)
            {
                return false;
            }

            var nameChunk = SubChunk(chunk, c + 1, chunk.Last);
            var person = Add(EntityKind.Person, nameChunk.Text, nameChunk);
            person.Role ??= rank;
            ReadRole(person, nameChunk, chunks, before: false);
            return true;
        }

        return false;
    }

    // The rank and class ending with the ordinal at index ordinal ("Petty Officer 2nd" gives "petty officer second
    // class"), or null.
    private static string? ClassRankBefore(IReadOnlyList<Token> tokens, int ordinal)
    {
        // ("1st" is the digit and its glued suffix.)
        if (ordinal >= 1 && tokens[ordinal].IsWord && !tokens[ordinal].SpaceBefore && tokens[ordinal - 1].IsNumber)
        {
            ordinal--;
        }

        if (ordinal < 1 || ClassOrdinal(tokens[ordinal].Text + (tokens[ordinal].IsNumber ? tokens[ordinal + 1].Text : string.Empty)) is not { } place)
        {
            return null;
        }

        // ("Sgt." is the word and its stop.)
        var k = tokens[ordinal - 1].IsSymbol('.') ? ordinal - 2 : ordinal - 1;
        if (k < 0 || !tokens[k].IsWord || !char.IsUpper(tokens[k].Text[0]))
        {
            return null;
        }

        var rank = TitleAbbreviations.SpellOut(tokens[k].Text);
        if (!ClassedRanks.Contains(rank))
        {
            return null;
        }

        // "Petty Officer", "Staff Sgt.": a word that opens a compound rank.
        var opened = k >= 1 && tokens[k - 1].IsWord && TitleAbbreviations.IsRankOpener(tokens[k - 1].Text) ? tokens[k - 1].Text.ToLowerInvariant() + " " : string.Empty;
        return opened + rank + " " + place + " class";
    }

    private static string? ClassOrdinal(string word) => word.ToLowerInvariant() switch
    {
        "1st" or "first" => "first",
        "2nd" or "second" => "second",
        "3rd" or "third" => "third",
        _ => null,
    };
}
