using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// In an interviewee's answers, "one" or "a single" before a thing is mostly the spoken indefinite article ("we talked
/// to one newspaper", "that is one idea", "what a single cell does"), not a count: readers of interviews keep such a "one" far less often than they
/// skip it. Written prose and the interviewer's questions keep it, and so do a time, a measure, a sum, an event
/// ("one was killed") and a bound or range. A direct quotation in a news story is speech too: there "one" or "a single"
/// before a thing ("they were put in one bag", "we will not waste a single drop") is the spoken article, while a
/// person ("one officer was hurt") still counts.
/// </summary>
internal static class SpokenOneFilter
{
    public static bool IsSpokenArticle(AnalyzedText text, QuotationMarks quotations, QuantityMention mention)
    {
        var number = mention.Number;
        var tokens = mention.Sentence.Tokens;
        var spokenOne = number.First == number.Last && tokens[number.First].Is("one");
        var aSingle = number.Last == number.First + 1 && tokens[number.First].Is("a") && tokens[number.Last].Is("single");
        if (mention.Value != 1m || !(spokenOne || aSingle) || mention.Head is null
            || mention.Event is not null || mention.Qualifier != Qualifier.Exact || mention.UpperValue is not null || mention.IsAge
            || mention.UnitKind is not (UnitKind.None or UnitKind.Noun or UnitKind.People))
        {
            return false;
        }

        var layout = text.Interview;
        if (layout.IsInterview)
        {
            return layout.TurnAt(tokens[number.First].Start) is { IsInterviewer: false };
        }

        // In a news story only inside a quotation, and only before a thing: a plain noun head (no unit of people) that
        // names no person (soldiers and troops included: IsPeopleLike holds the military nouns) and no event.
        return mention.UnitKind is UnitKind.None or UnitKind.Noun && !QuantityLexicon.IsPeopleLike(mention.Head)
            && !EventWords.IsEventNoun(mention.Head)
            && quotations.IsInside(mention.Sentence.Paragraph, tokens[number.First].Start);
    }
}
