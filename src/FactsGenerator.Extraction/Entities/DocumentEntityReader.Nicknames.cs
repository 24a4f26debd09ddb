using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Names written with a nickname in quotation marks between the given names and the surname.</summary>
internal sealed partial class DocumentEntityReader
{
    // Where the surnames read with a nickname before them start ("Van Dorn" in Margaret "Peggy" Van Dorn): read already.
    private readonly HashSet<int> nicknamedSurnames = new();

    // "Margaret "Peggy" Van Dorn", "Thomas "Tommy" Brandt": given names, a nickname in quotation marks,
    // then the surname. The person is named without the nickname; the nickname and the surname are an alias.
    private bool TrySplitNickname(NameChunk chunk, List<NameChunk> chunks)
    {
        const int MaxGivenNames = 3;
        var tokens = chunk.Tokens;

        // The whole name may be one run of capitals, quotation marks included.
        for (var k = chunk.First + 1; k + 3 <= chunk.Last; k++)
        {
            if (tokens[k].IsSymbol('"') && tokens[k + 2].IsSymbol('"') && NameForms.IsPersonNameWord(tokens[k + 1]) && GivenNames.Contains(tokens[chunk.First].Text)
                && IsPersonNameSpan(tokens, chunk.First, k - 1) && IsPersonNameSpan(tokens, k + 3, chunk.Last))
            {
                var family = SubChunk(chunk, k + 3, chunk.Last);
                var nicknamed = Add(EntityKind.Person, SubChunk(chunk, chunk.First, k - 1).Text + " " + family.Text, chunk);
                registry.AddAlias(nicknamed, tokens[k + 1].Text + " " + family.Text);
                ReadRole(nicknamed, chunk, chunks, before: true);
                return true;
            }
        }

        var open = chunk.Last + 1;
        if (chunk.InsideQuote || chunk.SpacedWordCount > MaxGivenNames || !GivenNames.Contains(tokens[chunk.First].Text) || open + 3 >= tokens.Count
            || !tokens[open].IsSymbol('"') || !tokens[open + 2].IsSymbol('"') || !NameForms.IsPersonNameWord(tokens[open + 1])
            || !IsPersonNameSpan(tokens, chunk.First, chunk.Last))
        {
            return false;
        }

        var surname = NameChunkIndex.StartingAt(chunks, open + 3);
        if (surname is null || surname.SpacedWordCount > MaxGivenNames || !IsPersonNameSpan(tokens, surname.First, surname.Last))
        {
            return false;
        }

        var person = Add(EntityKind.Person, chunk.Text + " " + surname.Text, surname);
        registry.AddAlias(person, tokens[open + 1].Text + " " + surname.Text);
        nicknamedSurnames.Add(surname.Start);
        ReadRole(person, surname, chunks, before: false);
        return true;
    }
}
