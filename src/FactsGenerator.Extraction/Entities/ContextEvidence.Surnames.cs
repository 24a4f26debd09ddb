namespace FactsGenerator.Extraction.Entities;

/// <summary>Person evidence from a text that names people by their family names: "whose surnames are Orra and Velm".</summary>
internal sealed partial class ContextEvidence
{
    // The farthest a listed name stands from the "are" that opens the list ("are A, B, C and D").
    private const int MaxSurnameListTokens = 12;

    // "the officers, whose surnames are Orra and Velm,", "his last name is Tarsk": names given as someone's surname
    // are people, though a town or a region bears the same name.
    private void CollectGivenSurnames(NameChunk chunk)
    {
        var tokens = chunk.Tokens;
        var k = chunk.First - 1;
        while (k >= 0 && chunk.First - k <= MaxSurnameListTokens && (tokens[k].Is("and") || tokens[k].IsSymbol(',') || NameChunker.IsNameWord(tokens[k])))
        {
            k--;
        }

        if (k < 1 || !NameForms.IsLowerWord(tokens[k]) || tokens[k].Text is not ("is" or "are" or "was" or "were"))
        {
            return;
        }

        var noun = tokens[k - 1].Text;
        var isSurnameNoun = noun is "surname" or "surnames"
            || (noun is "name" or "names" && k >= 2 && tokens[k - 2].Text is "last" or "family");
        if (isSurnameNoun && NameForms.IsLowerWord(tokens[k - 1]))
        {
            Hint(chunk.Text, EntityKind.Person);
        }
    }
}
