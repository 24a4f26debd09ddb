using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body's second name given in an apposition ("Harlow Aid, the Global Seed Fund, paid ...").</summary>
internal sealed partial class DocumentEntityReader
{
    // "Orvane, the Northern Water Alliance, said": a body's name, then "the" and another body's name closed by a comma
    // before the rest of the clause, names one body twice; the second is its alias. A list ("Orvane, the Water Board,
    // and Kestrel"; "Velm, the Harbour Trust, Orvane ...") goes on after the comma with "and", "or" or another name, and
    // one that opened before the first name ("Kestrel, Orvane, the Water Board, ...") is no apposition either.
    private void MergeAppositiveOrganizationNames()
    {
        foreach (var (_, chunks) in sentences)
        {
            for (var c = 0; c + 1 < chunks.Count; c++)
            {
                var first = chunks[c];
                var second = chunks[c + 1];
                if (!IsAppositiveName(first, second))
                {
                    continue;
                }

                var a = registry.Find(first.Text);
                var b = registry.Find(second.Text);
                if (a is null || b is null || a.Kind != EntityKind.Organization || b.Kind != EntityKind.Organization || ReferenceEquals(a.Resolve(), b.Resolve()))
                {
                    continue;
                }

                b.MergeInto(a);
            }
        }
    }

    private static bool IsAppositiveName(NameChunk first, NameChunk second)
    {
        var tokens = first.Tokens;
        var comma = first.Last + 1;
        var close = second.Last + 1;
        if (second.First != comma + 2 || !tokens[comma].IsSymbol(',') || !tokens[comma + 1].Is("the") || close + 1 >= tokens.Count
            || !tokens[close].IsSymbol(','))
        {
            return false;
        }

        var after = tokens[close + 1];
        var before = first.First >= 1 ? tokens[first.First - 1] : (Token?)null;
        return NameForms.IsLowerWord(after) && !after.Is("and") && !after.Is("or")
            && !(before is { } b && (b.IsSymbol(',') || b.Is("and") || b.Is("or")));
    }
}
