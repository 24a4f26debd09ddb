using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "Acme Corp. said", ""...," Velm Holdings Ltd. said", "Ana Ruiz Jr. told": the chunker stops a name before any
/// period, and the registry gives the stop back to names whose abbreviated ending keeps it (a company's legal ending, a
/// generational suffix). In the speaker's slot that stop is part of the name, not a word between it and the verb.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The period right after the mention, glued to it, when the name the mention reads as ends with a stop.
    private static bool IsNameStop(Token token, EntityMention mention) =>
        token.IsSymbol('.') && !token.SpaceBefore && token.Start == mention.End
        && mention.Record.Resolve().Name.EndsWith(".", System.StringComparison.Ordinal);

    // The speaker whose name's stop is the token at index ("Acme Corp." before "said").
    private EntityMention? MentionBeforeNameStop(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && tokens[index].IsSymbol('.') && entities.ActorEndingAt(tokens[index - 1].End) is { } mention && IsNameStop(tokens[index], mention)
            ? mention : null;
}
