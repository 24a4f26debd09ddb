using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "A "rail fracture" caused the crash, the railway said in a statement after an initial inquiry." and "..., Ana Ruiz
/// said in an interview with the Velm Times published on Sunday.": phrases that only say where, when or how the words
/// were said may follow the verb of a reporting clause that closes the sentence, however long they are. Reported words
/// of their own ("said the talks would go on", "said that ...") are no such phrase.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many tokens the phrases after the verb may take, the closing period included.</summary>
    private const int MaxSayingAdjunctTokens = 14;

    /// <summary>How many words the one told may take before the phrases ("told reporters", "told the Velm Times").</summary>
    private const int MaxHearerWords = 4;

    // Words that open a phrase of place, time or means after a verb of saying.
    private static readonly HashSet<string> AdjunctOpeners = new(System.StringComparer.Ordinal)
    {
        "in", "on", "at", "after", "during", "via", "through", "before", "following", "ahead", "late", "early", "earlier",
        "later", "yesterday", "today", "tonight", "overnight", "last", "this",
    };

    // Words that make the tail a clause of its own (reported words) rather than phrases about the saying.
    private static readonly HashSet<string> ClauseWords = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "that", "would", "will", "was", "were", "is", "are", "had", "has", "have", "could", "can", "should", "may", "might",
        "must", "did", "does", "do", "be", "been", "if", "whether", "because", "as", "who", "which", "he", "she", "it", "they",
        "we", "i", "you", "there", "not",
    };

    // The tokens after the verb, up to the period at last, are phrases about the saying: they open with one of the
    // adjunct openers (after "told", once the one told is named) and hold no word of a clause, no verb of saying and no
    // punctuation but what is glued inside a word or a date.
    private static bool IsSayingAdjunctTail(IReadOnlyList<Token> tokens, int verb, int last)
    {
        if (!tokens[last].IsSymbol('.') || last - verb > MaxSayingAdjunctTokens + 1)
        {
            return false;
        }

        var first = verb + 1;
        if (tokens[verb].Is("told") || tokens[verb].Is("tells"))
        {
            while (first < last && first - verb <= MaxHearerWords && tokens[first].IsWord && !AdjunctOpeners.Contains(tokens[first].Text))
            {
                first++;
            }
        }

        if (first >= last || !tokens[first].IsWord || !AdjunctOpeners.Contains(tokens[first].Text))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            var token = tokens[k];
            // ("on Sept. 8", "an e-mail statement", "the agency's office": a period, hyphen or apostrophe glued to a word.)
            var glued = !token.SpaceBefore && (token.IsSymbol('.') || token.IsSymbol('-') || token.IsSymbol('\''));
            if ((!token.IsWord && !token.IsNumber && !glued) || ClauseWords.Contains(token.Text) || IsAttributionVerb(token) || IsParticiple(token))
            {
                return false;
            }
        }

        return true;
    }
}
