using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>
    /// "a university student named X", "a local chef called X": the noun phrase that "named" or "called" introduces
    /// the name with is the person's role (a plain word for a person, "a woman named X", gives none).
    /// </summary>
    public static RoleMatch? NamedBy(IReadOnlyList<Token> tokens, int nameFirst, IReadOnlyList<NameChunk> chunks)
    {
        var verb = nameFirst - 1;
        if (verb < 2 || !(tokens[verb].Is("named") || tokens[verb].Is("called")) || !NameForms.IsLowerWord(tokens[verb - 1]))
        {
            return null;
        }

        // Read the phrase as if the name stood where the verb does ("a university student X").
        var match = Before(tokens, verb, chunks);
        return match?.Role is not { } role || PlainPersonWords.Contains(HeadOf(role)) ? null : match;
    }
}
