using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "The report, published by the Velm Institute on Monday, said wages were "..."": a document whose maker an aside
/// names ("published by", "issued by", "released by") speaks for that body.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the aside naming a document's maker may span.</summary>
    private const int MaxPublishedAsideTokens = 12;

    // The body the aside closing at the comma names as the maker of the document right before the aside, or null.
    private EntityMention? PublisherOfDocumentBeforeAside(IReadOnlyList<Token> tokens, int comma)
    {
        var open = comma - 1;
        while (open >= 0 && comma - open <= MaxPublishedAsideTokens && !tokens[open].IsSymbol(','))
        {
            open--;
        }

        if (open < 1 || !tokens[open].IsSymbol(',') || open + 3 >= comma || !tokens[open - 1].IsWord || !NameForms.IsLowerWord(tokens[open - 1])
            || !DocumentNouns.Contains(tokens[open - 1].Text)
            || !(tokens[open + 1].Is("published") || tokens[open + 1].Is("issued") || tokens[open + 1].Is("released")) || !tokens[open + 2].Is("by"))
        {
            return null;
        }

        var at = tokens[open + 3].Is("the") ? open + 4 : open + 3;
        return at < comma && entities.MentionAt(tokens[at].Start) is { Kind: EntityKind.Organization } body ? body : null;
    }
}
