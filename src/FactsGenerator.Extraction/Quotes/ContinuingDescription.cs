using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," said Jo Kim. The Ohio professor added, "..."": a verb of going on ("added", "continued") whose subject is a
/// description of somebody ("the Ohio professor", "the 45-year-old") carries on the speech of the person quoted in the
/// sentence before. Only a verb of going on says so: "The local minister said" may well be somebody new.
/// </summary>
internal static class ContinuingDescription
{
    /// <summary>How many words a description may have between "the" and its verb ("the veteran Ohio professor").</summary>
    private const int MaxDescriptionTokens = 6;

    private static readonly HashSet<string> ContinuingVerbs = new(System.StringComparer.Ordinal)
    {
        "added", "adds", "continued", "continues",
    };

    /// <summary>
    /// The sentence is "The DESCRIPTION added, "..."" or ""...," the DESCRIPTION added." around the quotation, the
    /// description naming nobody.
    /// </summary>
    public static bool Continues(Sentence sentence, bool[] insideQuote, Quotation quote, EntitySet entities)
    {
        var tokens = sentence.Tokens;
        var open = SpeakerResolver.IndexAtOrAfter(tokens, quote.OpenMark);
        var close = quote.CloseMark < 0 ? -1 : SpeakerResolver.IndexAtOrAfter(tokens, quote.CloseMark);

        // Before the quotation: the sentence opens with the description and its verb, then a comma or a colon.
        var verb = open - 1;
        if (verb >= 1 && (tokens[verb].IsSymbol(',') || tokens[verb].IsSymbol(':')))
        {
            verb--;
        }

        if (verb >= 2 && IsDescriptionBefore(tokens, insideQuote, 0, verb, entities))
        {
            return true;
        }

        // After it: ", the DESCRIPTION added." ending the sentence.
        if (close < 0 || close + 1 >= tokens.Count)
        {
            return false;
        }

        var start = tokens[close + 1].IsSymbol(',') ? close + 2 : close + 1;
        for (var v = start + 2; v < tokens.Count && v - start <= MaxDescriptionTokens + 1; v++)
        {
            if (tokens[v].IsWord && ContinuingVerbs.Contains(tokens[v].Text))
            {
                var last = v + 1;
                return (last == tokens.Count || (last == tokens.Count - 1 && !tokens[last].IsWord)) && IsDescriptionBefore(tokens, insideQuote, start, v, entities);
            }
        }

        return false;
    }

    // tokens[from] is "the" (or "The"), tokens[verb] a verb of going on, and between them a few words ending with a
    // lower-case noun and naming no entity.
    private static bool IsDescriptionBefore(IReadOnlyList<Token> tokens, bool[] insideQuote, int from, int verb, EntitySet entities)
    {
        if (!tokens[verb].IsWord || !ContinuingVerbs.Contains(tokens[verb].Text) || !tokens[from].Is("the") || verb - from < 2 || verb - from > MaxDescriptionTokens + 1)
        {
            return false;
        }

        for (var k = from + 1; k < verb; k++)
        {
            if (insideQuote[k] || !(tokens[k].IsWord || tokens[k].IsNumber || (tokens[k].IsSymbol('-') && !tokens[k].SpaceBefore)))
            {
                return false;
            }
        }

        var noun = tokens[verb - 1];
        return NameForms.IsLowerWord(noun) && IsPersonDescriptionHead(tokens, verb - 1) && !NamesAPerson(entities, tokens[from].Start, tokens[verb].Start);
    }

    // ("The Harvard economist", "the Ohio professor": a body or a place may describe the person; a person may not.)
    private static bool NamesAPerson(EntitySet entities, int start, int end)
    {
        foreach (var mention in entities.MentionsWithin(start, end))
        {
            if (mention.Kind == EntityKind.Person)
            {
                return true;
            }
        }

        return false;
    }

    // "professor", "actress", "widow", "45-year-old": the description is of a person (a body, "the company added", or a
    // document, "the statement added", is not the person quoted before).
    private static bool IsPersonDescriptionHead(IReadOnlyList<Token> tokens, int index) =>
        Lexicon.PersonNouns.Contains(tokens[index].Text) || Lexicon.RoleHeads.Contains(tokens[index].Text)
        || (index >= 2 && tokens[index].Is("old") && tokens[index - 1].IsSymbol('-') && tokens[index - 2].Is("year"));
}
