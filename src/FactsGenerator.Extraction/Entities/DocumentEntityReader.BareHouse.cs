using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>"The House voted 225-201", "sent the bill to the House": in a story about Congress the bare "House" with
/// its capital is the chamber, an organisation (the alias of "the House of Representatives" when the story names it).</summary>
internal sealed partial class DocumentEntityReader
{
    // "House" alone is every building's word, so it is read only after "the", where no capitalised word follows ("the
    // House Judiciary Committee", "the House Speaker" name another body or an office) and no "of" ("the House of
    // Lords"), and only where the document names the other chamber or Congress: then nothing else is "the House".
    private void AddBareChamberHouse()
    {
        EntityRecord? representatives = null;
        var chamberNamed = false;
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null)
            {
                continue;
            }

            if (record.Name is "Senate" or "Congress" or "US Congress" or "U.S. Congress" or "United States Congress" or "U.S. Senate" or "US Senate")
            {
                chamberNamed = true;
            }
            else if (record.Name.EndsWith("House of Representatives", System.StringComparison.Ordinal))
            {
                chamberNamed = true;
                representatives ??= record;
            }
        }

        if (!chamberNamed)
        {
            return;
        }

        EntityRecord? house = null;
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 1; i < tokens.Count; i++)
            {
                if (tokens[i].Text != "House" || !tokens[i - 1].Is("the") || !IsBareHouseEnd(tokens, i + 1))
                {
                    continue;
                }

                house = registry.Mention(EntityKind.Organization, "House", sentence, tokens[i].Start, tokens[i].End);
            }
        }

        if (house is not null && representatives is not null && !ReferenceEquals(house.Resolve(), representatives.Resolve()))
        {
            house.Resolve().MergeInto(representatives.Resolve());
        }
    }

    // After "the House": the end of the sentence, a mark, or a lower-case word other than "of" ("the House voted",
    // "the House, which").
    private static bool IsBareHouseEnd(System.Collections.Generic.IReadOnlyList<Token> tokens, int next) =>
        next >= tokens.Count || !tokens[next].IsWord || (NameForms.IsLowerWord(tokens[next]) && !tokens[next].Is("of"));
}
