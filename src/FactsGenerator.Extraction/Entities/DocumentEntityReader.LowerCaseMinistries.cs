using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A ministry written in lower case with its field ("the ministry of labour"), as many papers style it.</summary>
internal sealed partial class DocumentEntityReader
{
    private const int MaxFieldWords = 4;

    // "the ministry of labour said", "the ministry of trade and industry", "the ministry of internal affairs of Velmoria":
    // a lower-case "ministry of" and its lower-case field name one body, with a country after a second "of". The field
    // ends before a verb, a function word or a word for a person ("the ministry of health spokesman"); after a name
    // ("the Harlow ministry of roads") the ministry is read with that name.
    private void AddLowerCaseMinistries()
    {
        foreach (var (sentence, _) in sentences)
        {
            var tokens = sentence.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!(tokens[i].Text is "ministry" && tokens[i + 1].Text is "of") || (i > 0 && NameChunker.IsNameWord(tokens[i - 1]) && !Lexicon.CapitalisedFunctionWords.Contains(tokens[i - 1].Text)))
                {
                    continue;
                }

                var last = FieldEnd(tokens, i + 2);
                if (last < 0)
                {
                    continue;
                }

                if (last + 2 < tokens.Count && tokens[last + 1].Text is "of" && gazetteer.TryFind(tokens[last + 2].Text, out var country)
                    && country.Kind == Model.PlaceKind.Country)
                {
                    last += 2;
                }

                var name = AnalyzedText.CollapseWhitespace(text.Original, tokens[i].Start, tokens[last].End);
                registry.Mention(EntityKind.Organization, name, sentence, tokens[i].Start, tokens[last].End);
            }
        }
    }

    // The last word of a lower-case field starting at `first` ("labour", "trade and industry"), or -1 when none starts there.
    private static int FieldEnd(System.Collections.Generic.IReadOnlyList<Token> tokens, int first)
    {
        var last = -1;
        for (var k = first; k < tokens.Count && k - first < MaxFieldWords; k++)
        {
            var word = tokens[k];
            if (word.Text is "and" && last == k - 1)
            {
                continue;
            }

            if (!IsFieldWord(word))
            {
                break;
            }

            last = k;
        }

        return last;
    }

    private static bool IsFieldWord(Token word) =>
        NameForms.IsLowerWord(word) && !Lexicon.CapitalisedFunctionWords.Contains(word.Text) && !Lexicon.AttributionVerbs.Contains(word.Text)
        && !Quantities.TokenWindow.IsPastVerb(word) && !Lexicon.RoleHeads.Contains(word.Text) && !Lexicon.PersonNouns.Contains(word.Text)
        && !Gazetteer.Occupations.Contains(word.Text) && word.Text is not ("is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would" or "could" or "can" or "may" or "officials");
}
