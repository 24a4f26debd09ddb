using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// "X said the plan was "...", but admitted there was "..."": a second verb of saying joined by "but", "yet" or "and",
/// with no subject of its own, has the subject of the first, so the quotation after it is the same speaker's words.
/// </summary>
internal static class SecondVerbOfSpeech
{
    // "but admitted there was", "and insisted that they were": a few words between the verb and the quotation.
    private const int MaxWordsBeforeQuote = 5;

    /// <summary>Whether the tokens between the end of the quotation before and this one open such a verb phrase.</summary>
    /// <remarks>"conceded" counts beside "admitted", which the list of verbs of saying has and it lacks.</remarks>
    public static bool Joins(Sentence sentence, bool[] insideQuote, EntitySet entities, int previousEnd, int open)
    {
        var tokens = sentence.Tokens;
        var i = SpeakerResolver.IndexAtOrAfter(tokens, previousEnd + 1);
        if (i < tokens.Count && tokens[i].IsSymbol(','))
        {
            i++;
        }

        if (i >= tokens.Count || !(tokens[i].Is("but") || tokens[i].Is("yet") || tokens[i].Is("and")))
        {
            return false;
        }

        i++;
        if (i < tokens.Count && tokens[i].Is("also"))
        {
            i++;
        }

        if (i >= tokens.Count || !tokens[i].IsWord || !(Lexicon.AttributionVerbs.Contains(tokens[i].Text) || tokens[i].Is("conceded")) || !IsPastTense(tokens[i].Text))
        {
            return false;
        }

        var words = 0;
        for (i++; i < tokens.Count && tokens[i].Start < open; i++)
        {
            if (insideQuote[i] || !NameForms.IsLowerWord(tokens[i]) || entities.MentionAt(tokens[i].Start) is not null || ++words > MaxWordsBeforeQuote)
            {
                return false;
            }
        }

        return i < tokens.Count;
    }

    // ("and says" after a quotation opens a present-tense report of its own more often than it goes on with one.)
    private static bool IsPastTense(string verb) => verb.EndsWith("ed", System.StringComparison.Ordinal) || verb is "said" or "told" or "wrote";
}
