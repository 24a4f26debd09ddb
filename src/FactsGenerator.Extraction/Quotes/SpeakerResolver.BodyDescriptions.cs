using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "The Department said", ""...," the Court ruled": a body named before under its full name is often taken up again by
/// its head word alone, capitalised as a short name. The head stands for the nearest body whose name holds it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // "the Department", "the Court" right after "the" at index: a capitalised head word of a body's name that names
    // nothing by itself (unlike "the Senate", "the Kremlin", which the entity reader knows as names). A name going on
    // after it ("the Department of Energy") is another body the entity reader missed, not a short name.
    private bool IsCapitalisedBodyHead(IReadOnlyList<Token> tokens, int index) =>
        index >= 1 && tokens[index - 1].Is("the") && tokens[index].IsWord && tokens[index].IsCapitalized
        && Lexicon.OrganizationHeads.Contains(tokens[index].Text) && !Lexicon.StandaloneInstitutions.Contains(tokens[index].Text)
        && MentionEndingAt(tokens, index) is null
        && !(index + 1 < tokens.Count && tokens[index + 1].IsWord && (tokens[index + 1].IsCapitalized || tokens[index + 1].Is("of")));
}
