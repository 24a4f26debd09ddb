using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "The dead included two pilots and three guards", "Among those who died when the roof fell are 26 children": a
/// sentence that opens a toll's group ("the dead", "those killed", "those who died") and then lists who is in it names
/// the members of the toll, every figure of people after the group's verb, however long the list or the clause about
/// the group. <see cref="ContextReader.ReadAmongEvent"/> reads the short "among the dead were six" on its own.
/// </summary>
internal static class TollMembers
{
    // Longest run of words between "those who" and the copula that opens the list ("who died when the roof fell are").
    private const int ClauseWindow = 16;

    /// <summary>Gives the toll's event to the people counted after the group in <paramref name="mentions"/> from <paramref name="first"/> on.</summary>
    public static void Apply(Sentence sentence, List<QuantityMention> mentions, int first)
    {
        if (first >= mentions.Count || !FindGroup(sentence.Tokens, out var open, out var sense))
        {
            return;
        }

        var tokens = sentence.Tokens;
        var end = open + 1;
        while (end < tokens.Count && !tokens[end].IsSymbol(';') && !OpensAnotherClause(tokens[end]))
        {
            end++;
        }

        for (var m = first; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Number.First > open && mention.Number.First < end && mention.Event is null && !mention.IsAge && mention.Value is not null
                && mention.UnitKind is UnitKind.None or UnitKind.People or UnitKind.Noun
                && mention.Head is { } head && QuantityLexicon.IsPeopleLike(head))
            {
                mention.Event = sense;
            }
        }
    }

    // The verb after the group ("included", "were") and the group's event, for the first group of the sentence.
    private static bool FindGroup(IReadOnlyList<Token> tokens, out int open, out EventSense sense)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            // "the dead (also) included", "among those killed were" (a copula opens the list only after "among").
            if ((tokens[k].Is("the") || tokens[k].Is("those")) && IsWordAt(tokens, k + 1) && IsTollWord(tokens[k + 1].Text, out sense))
            {
                var verb = IsAt(tokens, k + 2, "also") ? k + 3 : k + 2;
                if ((IsWordAt(tokens, verb) && QuantityLexicon.IsIncludeVerb(tokens[verb].Text))
                    || (k > 0 && tokens[k - 1].Is("among") && IsFiniteCopulaAt(tokens, verb)))
                {
                    open = verb;
                    return true;
                }
            }

            // "Among those who died when the building fell are": the copula after the relative clause opens the list.
            if (tokens[k].Is("among") && IsAt(tokens, k + 1, "those") && IsAt(tokens, k + 2, "who"))
            {
                var verb = k + 3;
                while (IsAt(tokens, verb, "were") || IsAt(tokens, verb, "was") || IsAt(tokens, verb, "have") || IsAt(tokens, verb, "had") || IsAt(tokens, verb, "been"))
                {
                    verb++;
                }

                if (IsWordAt(tokens, verb) && IsTollWord(tokens[verb].Text, out sense))
                {
                    for (var c = verb + 1; c < tokens.Count && c <= verb + ClauseWindow && !tokens[c].IsNumber && !tokens[c].IsSymbol(';'); c++)
                    {
                        if (IsFiniteCopulaAt(tokens, c))
                        {
                            open = c;
                            return true;
                        }
                    }
                }
            }
        }

        open = -1;
        sense = default;
        return false;
    }

    // "The dead included two pilots, but 40 passengers walked away": the list ends where another clause opens. "and"
    // joins the list's own items, and "as" opens "as well as".
    private static bool OpensAnotherClause(Token token) =>
        token.IsWord && QuantityLexicon.IsClauseOpener(token.Text) && !token.Is("and") && !token.Is("as");

    // A word of the toll's group: "dead", "injured", "killed", "died", "wounded", "missing".
    private static bool IsTollWord(string word, out EventSense sense) =>
        QuantityLexicon.TryEvent(word, out sense) && sense.Category == QuantityCategory.Casualties
        && (EventWords.IsEventNoun(word) || EventWords.IsParticiple(word) || word.ToLowerInvariant() is "killed" or "died" or "dead" or "injured" or "wounded" or "missing");
}
