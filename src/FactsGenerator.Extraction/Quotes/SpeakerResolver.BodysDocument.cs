using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "According to a VKM statement, the plant shut at 4 am. "...," it read.": a body's name written right before a
/// document noun ("a VKM statement", "the Velm Port Authority's statement", "a Velm Rail press release") makes the
/// body that document's maker, so the "it" taking the document up speaks for the body. A person's name there ("a Jo
/// Kim statement") is left to the other rules, and a place ("a Velm statement") makes nothing.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The organisation named right before the document noun at index, past a possessive and one more document noun.
    private EntityMention? BodyNamingDocument(IReadOnlyList<Token> tokens, int noun)
    {
        var k = noun - 1;
        if (k >= 1 && NameForms.IsLowerWord(tokens[k]) && DocumentNouns.Contains(tokens[k].Text))
        {
            k--;
        }

        if (k >= 1 && tokens[k].Is("'s"))
        {
            k--;
        }

        return k >= 0 && MentionEndingAt(tokens, k) is { Kind: EntityKind.Organization } body && IsIntroducedAsOwnDocument(tokens, body) ? body : null;
    }

    // "According to a VKM statement", "in a VKM statement", "A VKM statement said": the document is given as the body's
    // own word. As the object of someone else's verb ("Protesters mocked a Kestrel Bank statement") it is only talked
    // about, and a later "it read" may be any text (a banner, a placard), not the body's.
    private static bool IsIntroducedAsOwnDocument(IReadOnlyList<Token> tokens, EntityMention body)
    {
        var k = IndexAtOrAfter(tokens, body.Start) - 1;
        if (k >= 0 && tokens[k].IsArticle)
        {
            k--;
        }

        return k < 0 || tokens[k].IsSymbol(',') || tokens[k].Is("in") || (k >= 1 && tokens[k].Is("to") && tokens[k - 1].Is("according"));
    }

    // ""...," the company's statement read", ""...," the agency's report said": after the quotation, the document of a
    // body taken up by a one-word description ("the", the noun, "'s", a document noun, the verb) speaks for the body
    // the description stands for, as "said the ministry's statement" does; a person's office ("the mayor's letter")
    // or a description standing for nobody gives no speaker here. quoteOffset is where the quotation before it starts.
    private EntityMention? BodysDocumentDescribedAfter(IReadOnlyList<Token> tokens, int article, int quoteOffset, out int verb)
    {
        verb = -1;
        var noun = article + 1;
        var document = noun + 2;
        if (document + 1 >= tokens.Count || !tokens[article].Is("the") || !NameForms.IsLowerWord(tokens[noun]) || !tokens[noun + 1].Is("'s")
            || !NameForms.IsLowerWord(tokens[document]) || !DocumentNouns.Contains(tokens[document].Text)
            || !(IsAttributionVerb(tokens[document + 1]) || IsDocumentReading(tokens, document + 1)))
        {
            return null;
        }

        if (Described(tokens[noun], quoteOffset) is not { Kind: EntityKind.Organization } body)
        {
            return null;
        }

        verb = document + 1;
        return body;
    }
}
