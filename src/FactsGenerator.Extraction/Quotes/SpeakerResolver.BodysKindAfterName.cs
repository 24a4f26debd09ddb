using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," a report by Xinhua news agency said", ""...," a statement from the Velm Trust charity said": wire copy puts
/// what kind of body it is after the body's name, in lower case. Those words are no part of the phrase's end: the verb
/// of saying after them closes the reporting clause, and the body still speaks through its document or representative.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The index after a lower-case word or two saying what kind of body the name before start is ("news agency",
    // "agency", "company", "charity"), or start itself when none stands there.
    private static int SkipBodyKindAfterName(IReadOnlyList<Token> tokens, int start)
    {
        if (start + 1 < tokens.Count && NameForms.IsLowerWord(tokens[start]) && IsBodyKindWord(tokens[start + 1]) && !IsAttributionVerb(tokens[start]))
        {
            return start + 2;
        }

        return start < tokens.Count && IsBodyKindWord(tokens[start]) ? start + 1 : start;
    }

    private static bool IsBodyKindWord(Token token) => IsBodyDescription(token) || (NameForms.IsLowerWord(token) && BodyDescriptionNouns.Contains(token.Text));
}
