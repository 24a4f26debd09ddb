using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "The toll rose to 21, according to the Health Ministry." or "..., the coast guard agency said." closing a paragraph,
/// then a paragraph that is only a quotation: the source the sentence before ends with is quoted now.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many words may follow the verb of a trailing attribution ("said in a statement on Sunday").</summary>
    private const int MaxWordsAfterTrailingVerb = 6;

    public EntityMention? TrailingSourceOf(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        var last = tokens.Count - 1;
        if (last < 4 || !tokens[last].IsSymbol('.'))
        {
            return null;
        }

        foreach (var token in tokens)
        {
            if (token.IsSymbol('"'))
            {
                return null;
            }
        }

        var source = SourceAfterAccordingTo(tokens, last) ?? SourceBeforeClosingVerb(tokens, last);
        if (source is null)
        {
            return null;
        }

        // (Somebody else named in the sentence may be whom the quotation is about, or its speaker.)
        var record = source.Record.Resolve();
        foreach (var mention in entities.MentionsWithin(sentence.Start, sentence.End))
        {
            if (mention.Kind == EntityKind.Person && mention.Record.Resolve() != record)
            {
                return null;
            }
        }

        return source;
    }

    // ", according to the Health Ministry." ending at last.
    private EntityMention? SourceAfterAccordingTo(IReadOnlyList<Token> tokens, int last)
    {
        var source = MentionEndingAt(tokens, last - 1);
        if (source is null || source.Kind == EntityKind.Place)
        {
            return null;
        }

        var before = IndexAtOrAfter(tokens, source.Start) - 1;
        before -= before >= 0 && tokens[before].Is("the") ? 1 : 0;
        return before >= 2 && tokens[before].Is("to") && tokens[before - 1].Is("according") && tokens[before - 2].IsSymbol(',') ? source : null;
    }

    // ", the Health Ministry said in a statement." ending at last: the actor right after the comma, then its verb.
    private EntityMention? SourceBeforeClosingVerb(IReadOnlyList<Token> tokens, int last)
    {
        for (var v = last - 1; v >= 2 && last - v <= MaxWordsAfterTrailingVerb + 1; v--)
        {
            if (!tokens[v].IsWord)
            {
                return null;
            }

            if (!IsAttributionVerb(tokens[v]))
            {
                continue;
            }

            // ("..., inflation will rise next year, he said.": the person the pronoun stands for.)
            if (v >= 2 && (tokens[v - 1].Is("he") || tokens[v - 1].Is("she")) && tokens[v - 2].IsSymbol(','))
            {
                return PersonBefore(tokens[v - 1].Start, tokens[v - 1]);
            }

            var source = MentionEndingAt(tokens, v - 1);
            if (source is null || source.Kind == EntityKind.Place)
            {
                return null;
            }

            var before = IndexAtOrAfter(tokens, source.Start) - 1;
            before -= before >= 0 && tokens[before].Is("the") ? 1 : 0;
            return before >= 1 && tokens[before].IsSymbol(',') ? source : null;
        }

        return null;
    }
}
