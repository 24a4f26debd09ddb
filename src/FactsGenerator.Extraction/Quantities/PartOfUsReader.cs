using FactsGenerator.Extraction.Model;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "two of us stayed behind", "the three of you": a part of "us" or "you" counts people, the speaker's or the
/// listener's group, though no noun says so.
/// </summary>
internal static class PartOfUsReader
{
    /// <summary>Makes a figure with nothing counted after it, followed by "of us" or "of you", a count of people.</summary>
    public static void CountPeople(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var of = mention.Number.Last + 1;
        if (mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null || mention.IsAge
            || mention.Value is not > 1m || of + 1 >= tokens.Count || !tokens[of].Is("of") || !(tokens[of + 1].Is("us") || tokens[of + 1].Is("you")))
        {
            return;
        }

        mention.Head = "people";
        mention.Unit = "people";
        mention.UnitKind = UnitKind.People;
        mention.CoverEvidence(of + 1);
    }
}
