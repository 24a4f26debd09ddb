using FactsGenerator.Extraction.Entities;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "said Jo Kim, the assistant commissioner (Harbour Circle). "...," he added": a name standing alone in brackets is an
/// aside to the sentence (a unit, a district, a post's holder given by the way), never the one a later "he" or "she"
/// stands for.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The mention is all the bracket holds: "(" right before it and ")" right after, inside a sentence that goes on
    // around it. (An interview's speaker label, "((Ana Ruiz))" opening a turn, is the turn's speaker, not an aside.)
    private bool IsBracketed(EntityMention mention)
    {
        if (mention.SentenceIndex < 0 || mention.SentenceIndex >= text.Sentences.Count)
        {
            return false;
        }

        var tokens = text.Sentences[mention.SentenceIndex].Tokens;
        var first = IndexAtOrAfter(tokens, mention.Start);
        var after = IndexAtOrAfter(tokens, mention.End);
        return first >= 2 && after + 1 < tokens.Count && tokens[first - 1].IsSymbol('(') && tokens[after].IsSymbol(')')
            && !tokens[first - 2].IsSymbol('(') && !tokens[after + 1].IsSymbol(')');
    }
}
