using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>The speaker's slot after a quotation: a name there, then a description of a person, then the verb of saying.</summary>
internal sealed partial class ContextEvidence
{
    private readonly HashSet<string> quotedPeople = new(System.StringComparer.Ordinal);

    /// <summary>Whether the name speaks after a quotation with a description of a person between it and its verb.</summary>
    public bool IsQuotedPerson(string name) => quotedPeople.Contains(NameForms.Key(name));

    /// <summary>How many tokens the description between the name and its verb of saying may span.</summary>
    private const int MaxSpeakerDescriptionTokens = 12;

    /// <summary>How many lower-case words may stand before the role noun of an apposition ("a senior official").</summary>
    private const int MaxWordsBeforeSpeakerRole = 2;

    // ""...," Alamsyah, head of the local rescue agency, told Reuters", ""...," Ana Velk of the refugee agency told
    // AFP": right after a quotation, a name described by an apposition whose head is a role or a noun for a person, or
    // by an "of" phrase, before a verb of saying is a person who speaks, however unknown the name (a body's apposition
    // says what it is, "a lender", not a role; a body's "of" is part of its own name).
    internal static bool IsQuotedPersonPastDescription(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first < 2 || !tokens[first - 1].IsSymbol('"') || !NameForms.IsQuoteClosingMark(tokens[first - 2]))
        {
            return false;
        }

        var p = last + 1;
        if (p + 2 >= tokens.Count)
        {
            return false;
        }

        int end;
        if (tokens[p].IsSymbol(','))
        {
            var k = p + 1;
            k += tokens[k].IsArticle ? 1 : 0;
            var role = false;
            for (var w = 0; w <= MaxWordsBeforeSpeakerRole && k + w < tokens.Count && NameForms.IsLowerWord(tokens[k + w]) && !role; w++)
            {
                role = DocumentEntityReader.IsPersonNoun(tokens[k + w]);
                if (role && Lexicon.IsBodyFilledNounBeside(tokens[k + w].Text, tokens[first].Text))
                {
                    // (""...," Portvel, the owner of the terminal, said": a firm as likely as a person.)
                    return false;
                }
            }

            end = role ? NextComma(tokens, p + 1) : -1;
        }
        else if (tokens[p].Is("of") && NameForms.IsLowerWord(tokens[p]) && tokens[p + 1].Is("the"))
        {
            end = p + 2;
            while (end < tokens.Count && end - p <= MaxSpeakerDescriptionTokens && tokens[end].IsWord && !Lexicon.AttributionVerbs.Contains(tokens[end].Text))
            {
                end++;
            }

            end--;
        }
        else
        {
            return false;
        }

        if (end < 0 || end - p > MaxSpeakerDescriptionTokens)
        {
            return false;
        }

        var verb = end + 1;
        return verb < tokens.Count && NameForms.IsLowerWord(tokens[verb]) && Lexicon.AttributionVerbs.Contains(tokens[verb].Text) && !tokens[verb].Is("reported");
    }

    // The comma closing an apposition that opens at start, within the span allowed, or -1 (a quotation mark ends it).
    private static int NextComma(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start; k < tokens.Count && k - start <= MaxSpeakerDescriptionTokens; k++)
        {
            if (tokens[k].IsSymbol(','))
            {
                return k;
            }

            if (tokens[k].IsSymbol('"') || tokens[k].IsSymbol('.'))
            {
                return -1;
            }
        }

        return -1;
    }
}
