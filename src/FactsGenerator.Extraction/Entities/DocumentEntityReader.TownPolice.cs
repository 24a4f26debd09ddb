using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A town's police force named before a rank in it ("Tarskville Police Officer Jo Kim").</summary>
internal sealed partial class DocumentEntityReader
{
    // "Tarskville Police Officer Jo Kim", "Capitol Police Chief Ana Ruiz": the words before "Police" and the office
    // name the force the officer serves in, a body of its own (a nationality before it, "Velmorian Police Chief",
    // describes the country's police, and names none).
    private void MentionTownPolice(IReadOnlyList<Token> tokens, NameChunk prefix, int roleStart)
    {
        if (!tokens[roleStart].Is("Police") || roleStart + 1 >= tokens.Count || !Lexicon.TitleWords.Contains(tokens[roleStart + 1].Text)
            || !NameChunker.IsNameWord(tokens[prefix.Last]) || NameForms.IsCountryOrDemonym(prefix.Text) || Lexicon.OrganizationHeads.Contains(tokens[prefix.Last].Text))
        {
            return;
        }

        var name = AnalyzedText.CollapseWhitespace(text.Original, prefix.Start, tokens[roleStart].End);
        registry.Mention(EntityKind.Organization, name, prefix.Sentence, prefix.Start, tokens[roleStart].End);
    }
}
