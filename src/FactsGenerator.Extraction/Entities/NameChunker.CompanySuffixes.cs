using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A company's legal form written after a comma, which is part of the company's registered name.</summary>
internal static partial class NameChunker
{
    /// <summary>Legal forms that a firm's registered name may carry after a comma ("Inc.", "Ltd."), never a name of their own.</summary>
    private static readonly HashSet<string> LegalFormsAfterComma = Lexicon.Set("Inc Ltd LLC LLP Plc Corp Limited Incorporated");

    // "the Velm Action Group, Inc.", "Dunmore Holdings, Ltd.": the comma does not end the name; the legal form closes
    // it (its full stop may also end the sentence, so it stays out). Returns the new last token, or last when none follows.
    private static int ExtendOverLegalForm(IReadOnlyList<Token> tokens, int last)
    {
        var form = last + 2;
        if (form >= tokens.Count || !tokens[last + 1].IsSymbol(',') || !IsNameWord(tokens[form]) || !LegalFormsAfterComma.Contains(tokens[form].Text)
            || (form + 1 < tokens.Count && IsNameWord(tokens[form + 1]) && tokens[form + 1].SpaceBefore))
        {
            return last;
        }

        return form;
    }
}
