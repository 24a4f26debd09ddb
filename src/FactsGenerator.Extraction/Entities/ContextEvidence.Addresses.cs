using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Home addresses in court and police reports ("Ana Ruiz, of Elm Grove, Harlow, Co Velmar").</summary>
internal sealed partial class ContextEvidence
{
    private const int MaxAddressParts = 4;

    // "from The Orchards, Velm Glen, Tarskby, Co Orra": after "from" or "of", the names a comma joins into a run that
    // ends in a county are the parts of an address, each of them a place (an estate, a street, a town).
    private void CollectAddressHints(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var before = chunk.First - 1;
        if (before >= 0 && tokens[before].Is("the"))
        {
            before--;
        }

        if (before < 0 || !(tokens[before].Is("from") || tokens[before].Is("of")) || !NameForms.IsLowerWord(tokens[before]))
        {
            return;
        }

        var part = chunk;
        for (var parts = 0; parts < MaxAddressParts; parts++)
        {
            var comma = part.Last + 1;
            if (comma + 1 >= tokens.Count || !tokens[comma].IsSymbol(',') || ChunkStartingAt(comma + 1) is not { } after)
            {
                return;
            }

            if (IsCountyName(after))
            {
                HintAddressParts(chunk, part);
                return;
            }

            part = after;
        }
    }

    // "Co Velmar", "County Velmar", "Velmar County".
    private static bool IsCountyName(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        return chunk.First < chunk.Last
            && (tokens[chunk.First].Text is "Co" or "Co." or "County" || tokens[chunk.Last].Text is "County");
    }

    private void HintAddressParts(NameChunk first, NameChunk last)
    {
        var tokens = first.Tokens;
        for (var part = first; part is not null; part = ChunkStartingAt(part.Last + 2))
        {
            if (NameForms.CountryOfDemonym(part.Text) is null && !IsKnownBodyOrBareAcronym(part.Text) && !Lexicon.OrganizationHeads.Contains(tokens[part.Last].Text))
            {
                Hint(part.Text, EntityKind.Place);
            }

            if (ReferenceEquals(part, last))
            {
                return;
            }
        }
    }
}
