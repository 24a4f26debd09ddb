using System.Collections.Generic;
using System.Threading;
using FactsGenerator.Extraction.Entities;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// Finds the quantities of a document: every number of the body, and of the headline when the body does not repeat it, that
/// counts or measures something, with its qualifier, unit, category, what it counts and a member name.
/// One left-to-right pass over each sentence's tokens; the readers only look a few tokens around a number.
/// </summary>
internal static class QuantityExtractor
{
    public static List<QuantityFact> Extract(AnalyzedText text, EntitySet entities, CancellationToken cancellationToken)
    {
        var mentions = new List<QuantityMention>();
        foreach (var sentence in text.BodySentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SentenceQuantityReader.Read(sentence, mentions);
        }

        HeadlineFigures.AddThoseOnlyInTheHeadline(text, mentions);
        MentionMerger.ResolveFromNeighbours(mentions);
        var counted = new List<QuantityMention>(mentions.Count);
        var quotations = new QuotationMarks(text);
        foreach (var mention in mentions)
        {
            if (SaysWhatIsCounted(mention) && !SpokenOneFilter.IsSpokenArticle(text, quotations, mention) && !ReciprocalOneFilter.IsReciprocal(mention)
                && !IsVagueRepetition(mention)
                && !VagueTalkFilter.IsVagueTalk(mention) && !ComparisonAnchorFilter.IsComparisonAnchor(mention))
            {
                UnitCategoryClassifier.Classify(mention);
                if (!MultipleThingsFilter.IsMultipleOfThings(mention))
                {
                    counted.Add(mention);
                }
            }
        }

        LocalCurrency.Apply(counted, text, entities);
        var kept = MentionMerger.DropRepeats(counted);
        MoneyShareCategory.Apply(kept);
        JourneyDisplacement.Apply(kept, text);
        TollListCategory.Apply(kept);
        ChangeLevelInheritance.Inherit(kept);
        foreach (var mention in kept)
        {
            // What a bare duration or share is of is read with the other context, before naming, not by the namer.
            SpanOwnerReader.Read(mention);
        }

        QuantityNamer.Name(kept);
        var facts = new List<QuantityFact>(kept.Count);
        foreach (var mention in kept)
        {
            var tokens = mention.Sentence.Tokens;
            var evidence = text.EvidenceFor(mention.Sentence, tokens[mention.EvidenceFirst], tokens[mention.EvidenceLast]);
            facts.Add(new QuantityFact(mention.Value, mention.UpperValue, mention.Qualifier, mention.Unit ?? "items", mention.Category, mention.About, mention.Name, evidence));
        }

        return facts;
    }

    /// <summary>
    /// "I mentioned it several times", "a few times a year": how often, said vaguely, is manner of speaking rather than a
    /// figure; "several times larger" compares and stays a ratio.
    /// </summary>
    private static bool IsVagueRepetition(QuantityMention mention)
    {
        if (mention.Value is not null || !(string.Equals(mention.Unit, "times", System.StringComparison.OrdinalIgnoreCase)
            || string.Equals(mention.Head, "times", System.StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var tokens = mention.Sentence.Tokens;
        var times = mention.Number.First;
        while (times < tokens.Count - 1 && times <= mention.EvidenceLast && !tokens[times].Is("times"))
        {
            times++;
        }

        if (!tokens[times].Is("times"))
        {
            return false;
        }

        // "several times as large as": "as" compares only when a second "as" follows the adjective ("a few times as a junior").
        var after = times + 1;
        var comparingAs = TokenWindow.IsAt(tokens, after, "as") && (TokenWindow.IsAt(tokens, after + 2, "as") || TokenWindow.IsAt(tokens, after + 1, "many")
            || TokenWindow.IsAt(tokens, after + 1, "much"));
        return !(comparingAs || (after < tokens.Count && tokens[after].IsWord && (TokenWindow.EndsWith(tokens[after], "er")
            || tokens[after].Text.ToLowerInvariant() is "more" or "less" or "the" or "that" or "over")));
    }

    // A bare number with nothing counted, no event, no verb and no qualifier is more likely a label than a fact.
    public static bool SaysWhatIsCounted(QuantityMention mention) =>
        mention.Head is not null || mention.Event is not null || mention.UnitKind != UnitKind.None || mention.MeasuredNoun is not null
        || mention.IsAge || mention.IsPlacedCount || (mention.Number.Form != NumberForm.Vague && (mention.Verb is not null || mention.Qualifier != Qualifier.Exact || mention.UpperValue is not null));
}
