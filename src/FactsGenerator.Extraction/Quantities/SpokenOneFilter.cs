using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// In an interviewee's answers, "one" or "a single" before a thing is mostly the spoken indefinite article ("we talked
/// to one newspaper", "that is one idea", "what a single cell does"), not a count: readers of interviews keep such a "one" far less often than they
/// skip it. Written prose and the interviewer's questions keep it, and so do a time, a measure, a sum, an event
/// ("one was killed") and a bound or range.
/// </summary>
internal static class SpokenOneFilter
{
    public static bool IsSpokenArticle(AnalyzedText text, QuantityMention mention)
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
        return layout.IsInterview && layout.TurnAt(tokens[number.First].Start) is { IsInterviewer: false };
    }
}
