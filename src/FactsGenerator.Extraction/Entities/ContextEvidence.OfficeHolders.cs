using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal sealed partial class ContextEvidence
{
    /// <summary>"The spokesman for the party, Ana Ruiz, said", "the leader of the main opposition party, Tom Vik,": a name
    /// opening with a known given name in commas after a kind of body is the holder of the office that the body
    /// completes, not the body's name ("the party, Labour, said" still names the body: no office before it).</summary>
    /// <param name="typeAt">The lower-case kind of body right before the comma that opens the apposition.</param>
    private static bool IsOfficeHolderAfterBody(IReadOnlyList<Token> tokens, int typeAt, NameChunk chunk)
    {
        // (A name free of English words that the name lists know a part of will do too: "the fire service, Mamun Mahmud,".)
        if ((!GivenNamesOpen(chunk) || chunk.SpacedWordCount < 2) && !HolderNames.IsHolderName(chunk.Tokens, chunk.First, chunk.Last))
        {
            return false;
        }

        var preposition = RoleParser.PrepositionBeforeBody(tokens, typeAt);
        return preposition >= 1 && RoleParser.IsRoleHead(tokens[preposition - 1]);
    }
}
