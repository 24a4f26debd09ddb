using System.Collections.Generic;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quotes;

/// <summary>
/// ""...," said the ministry." and ""...," the UN agency said.": news copy takes up a body named before with a lower-case
/// description, after the verb of saying as well as before it, and may put another body's name in front of the noun
/// ("the UN agency" is the agency the article is about, a UN body, not the UN). Whom such a description stands for is
/// decided as for ""...," the ministry said" (<see cref="Described(Token, int)"/>); a description that goes on ("said the
/// head of the agency") or leads to nobody names no speaker.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Lower-case nouns for a body that a body's name may stand before as a mere modifier ("the UN agency", "the EU body").
    private static readonly HashSet<string> BodyDescriptionNouns = Lexicon.Set("agency body organisation organization ministry watchdog regulator");

    // ""...," said the ministry.": the description after the verb at verb ("the" and up to four lower-case words, maybe
    // owning a document, closing the sentence or followed by a comma or a phrase of where, when or how), or null.
    private EntityMention? DescribedAfterVerb(IReadOnlyList<Token> tokens, int verb)
    {
        var article = verb + 1;
        if (article + 1 >= tokens.Count || !tokens[article].Is("the"))
        {
            return null;
        }

        var k = article + 1;
        while (k < tokens.Count && k - article <= MaxDescriptionWords && NameForms.IsLowerWord(tokens[k]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[k].Text)
            && !Prepositions.Contains(tokens[k].Text) && !IsAttributionVerb(tokens[k]))
        {
            k++;
        }

        // (""...," said the ministry's statement": the document speaks for the body the description stands for.)
        var described = k;
        if (k + 1 < tokens.Count && tokens[k].Is("'s") && NameForms.IsLowerWord(tokens[k + 1]) && DocumentNouns.Contains(tokens[k + 1].Text))
        {
            k += 2;
        }

        // (The description must end where the clause does: "said the head of the agency" is someone else, and "said the
        // crews were tired" is reported speech.)
        var ends = k == tokens.Count || tokens[k].IsSymbol('.') || tokens[k].IsSymbol(',')
            || (tokens[k].IsWord && Prepositions.Contains(tokens[k].Text) && !tokens[k].Is("of") && IsSayingAdjunctTail(tokens, k - 1, tokens.Count - 1));
        if (described == article + 1 || !ends)
        {
            return null;
        }

        return Described(tokens[described - 1], QuotationStartBefore(tokens, verb));
    }

    // ""...," the UN agency said": the body's name before a lower-case noun for a body, then the verb of saying, is a
    // modifier of the description; null when no such noun and verb follow the body.
    private EntityMention? BodyModifiedDescription(IReadOnlyList<Token> tokens, EntityMention body, int article, out int verb)
    {
        verb = -1;
        var noun = IndexAtOrAfter(tokens, body.End);
        if (!tokens[article].Is("the") || noun + 1 >= tokens.Count || !NameForms.IsLowerWord(tokens[noun]) || !BodyDescriptionNouns.Contains(tokens[noun].Text))
        {
            return null;
        }

        var saying = SkipAdverbs(tokens, noun + 1);
        var inverted = article >= 1 && IsAttributionVerb(tokens[article - 1]);
        if (!inverted && !(saying < tokens.Count && IsAttributionVerb(tokens[saying])))
        {
            return null;
        }

        var described = Described(tokens[noun], QuotationStartBefore(tokens, article));
        if (described is null || described == body || described.Record.Resolve() == body.Record.Resolve()
            || !IsBodyOf(described.Record.Resolve(), body.Record.Resolve()))
        {
            return null;
        }

        verb = inverted ? article - 1 : saying;
        return described;
    }

    // UN bodies whose names do not carry the UN's: "the UN agency" may stand for them.
    private static readonly HashSet<string> UnBodiesWithOwnNames = Lexicon.Set(
        "WHO WFP FAO ILO IAEA IOM IMO ITU WMO WIPO IFAD UNICEF UNHCR UNESCO UNDP UNFPA UNRWA OCHA UNAIDS UNEP");

    private static readonly string[] UnBodyLongNames =
    {
        "World Health Organization", "World Health Organisation", "World Food Programme", "World Food Program",
        "Food and Agriculture Organization", "Food and Agriculture Organisation", "International Labour Organization",
        "International Labour Organisation", "International Atomic Energy Agency", "International Organization for Migration",
        "World Meteorological Organization",
    };

    // "the UN agency" after the Velm Water Agency and the UN's refugee agency: the description stands for a body only when
    // its modifier is linked to it, by name ("the UN Refugee Agency", "UNHCR" for "UN"), or as one of the UN's own
    // bodies for "UN" ("the World Health Organisation"); an unrelated agency named before says nothing.
    private static bool IsBodyOf(EntityRecord described, EntityRecord modifier)
    {
        var modifierNames = new List<string> { modifier.Name };
        modifierNames.AddRange(modifier.Aliases);
        var describedNames = new List<string> { described.Name };
        describedNames.AddRange(described.Aliases);
        var isUn = false;
        foreach (var m in modifierNames)
        {
            isUn |= m is "UN" or "U.N." or "United Nations";
            foreach (var d in describedNames)
            {
                if (ContainsWord(d, m) || (NameForms.IsAllCaps(m) && NameForms.IsAllCaps(d) && d.StartsWith(m, System.StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        if (isUn)
        {
            foreach (var d in describedNames)
            {
                if (UnBodiesWithOwnNames.Contains(d) || System.Array.IndexOf(UnBodyLongNames, d) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether name holds word as whole words ("UN" in "UN Refugee Agency", not in "Union").
    private static bool ContainsWord(string name, string word)
    {
        for (var i = name.IndexOf(word, System.StringComparison.Ordinal); i >= 0; i = name.IndexOf(word, i + 1, System.StringComparison.Ordinal))
        {
            var end = i + word.Length;
            if ((i == 0 || !char.IsLetterOrDigit(name[i - 1])) && (end == name.Length || !char.IsLetterOrDigit(name[end])))
            {
                return true;
            }
        }

        return false;
    }

    // The offset where the quotation before the token at index opens (the start of the run of quoted words, marks and
    // commas right before it), so that a description's antecedent is looked for before the words it speaks.
    private int QuotationStartBefore(IReadOnlyList<Token> tokens, int index)
    {
        var start = index;
        while (start > 0 && (IsQuoted(tokens[start - 1].Start) || tokens[start - 1].IsSymbol('"') || tokens[start - 1].IsSymbol(',')))
        {
            start--;
        }

        return tokens[start].Start;
    }
}
