using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "write-downs fell to 95 million euros from 140 million euros", "rents rose 2.6%, up from 2.2%", "the shortfall widened
/// 5.1% to $33.8 billion": a sum or a share after "from" or "to" that names nothing of its own is the level a change
/// started from or reached, so it is about what the figure of the change before it in the sentence is about.
/// A sum or share set against another ("compared with $38 million", "versus 4.2%") or restating one (", or 12 cents a
/// share") is about the same thing too.
/// A level right after "fell 5 percent to" already has its subject from ContextReader.ReadSubject, which reads past the
/// change; this pass takes only the levels left without one (the change further away, or "from").
/// </summary>
internal static class ChangeLevelInheritance
{
    public static void Inherit(List<QuantityMention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
        {
            var mention = mentions[i];

            // "net income of $40 million, or $1.10 a share": the price per share restating a sum says what that sum is
            // (named "income per share" by QuantityNamer).
            if (IsPricePerUnit(mention) && mention.Subject is null && mention.Head is null && IsRestatementOf(mention) && RestatedSum(mentions, i) is { } sum)
            {
                mention.Subject = sum.Head ?? sum.Subject;
                continue;
            }

            if (!IsLevel(mention.UnitKind) || mention.Head is not null || mention.MeasuredNoun is not null || mention.Subject is not null
                || mention.Event is not null || mention.IsAge || !FollowsFromOrTo(mention))
            {
                continue;
            }

            // "$2.1 billion, or 52 cents a share, ... $1.61 billion, or 46 cents, a year earlier": a sum restating another
            // as an earlier restatement of the sentence did is per share too.
            if (mention.UnitKind == UnitKind.Currency && IsRestatementOf(mention) && EarlierPricePerUnitRestatement(mentions, i) is { } perUnit)
            {
                mention.Subject = perUnit;
                continue;
            }

            // The nearest sum or share before it in the same sentence (mentions of a sentence stand together).
            for (var j = i - 1; j >= 0 && ReferenceEquals(mentions[j].Sentence, mention.Sentence); j--)
            {
                var earlier = mentions[j];
                if (!IsLevel(earlier.UnitKind) || earlier.Number.First >= mention.Number.First)
                {
                    continue;
                }

                // "$2.1 billion, or 52 cents a share, compared with $1.61 billion": a total is set against the total before,
                // not against its price per share.
                if (IsPricePerUnit(earlier))
                {
                    // "a dividend of 90 cents per share, or $1.2 billion": a total restating the sum per share right
                    // before it is the whole of that sum (the dividend), not per share.
                    if (j == i - 1 && IsRestatementOf(mention) && (earlier.Head ?? earlier.Subject) is { } whole)
                    {
                        mention.Subject = whole;
                        break;
                    }

                    continue;
                }

                mention.Subject = earlier.Head ?? earlier.MeasuredNoun ?? earlier.Subject;
                break;
            }
        }
    }

    private static bool IsLevel(UnitKind kind) => kind is UnitKind.Currency or UnitKind.Percent;

    // "52 cents a share", "$80 a barrel" (CountedPhraseReader.ReadPricePerUnit).
    private static bool IsPricePerUnit(QuantityMention mention) =>
        mention.MeasuredNoun is { } measured && measured.StartsWith("price per ", System.StringComparison.Ordinal);

    // The sum right before a restatement in its sentence.
    private static QuantityMention? RestatedSum(List<QuantityMention> mentions, int i)
    {
        var j = i - 1;
        return j >= 0 && ReferenceEquals(mentions[j].Sentence, mentions[i].Sentence) && mentions[j].UnitKind == UnitKind.Currency && !IsPricePerUnit(mentions[j])
            ? mentions[j] : null;
    }

    private static string? EarlierPricePerUnitRestatement(List<QuantityMention> mentions, int i)
    {
        for (var j = i - 1; j >= 0 && ReferenceEquals(mentions[j].Sentence, mentions[i].Sentence); j--)
        {
            if (mentions[j].UnitKind == UnitKind.Currency && IsPricePerUnit(mentions[j]) && IsRestatementOf(mentions[j]))
            {
                return mentions[j].MeasuredNoun;
            }
        }

        return null;
    }

    private static bool IsRestatementOf(QuantityMention mention) => IsRestatement(mention.Sentence.Tokens, WordBefore(mention));

    // The word before the amount, past a currency sign and a qualifier.
    private static int WordBefore(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var k = mention.Number.First - 1;
        if (k >= 0 && !tokens[k].IsWord && !tokens[k].IsNumber)
        {
            k--;
        }

        // ", or about $1.2 billion", "from nearly $140 million": the qualifier only says how exact the sum is.
        if (k >= 0 && tokens[k].IsWord && QualifierReader.IsQualifierWord(tokens[k].Text))
        {
            k--;
        }

        return k;
    }

    // "from $140 million", "to 4.72%": the word before the amount, past a currency sign.
    private static bool FollowsFromOrTo(QuantityMention mention)
    {
        var tokens = mention.Sentence.Tokens;
        var k = WordBefore(mention);

        // ("up to $40 million" is a ceiling, not a level reached.)
        return TokenWindow.IsAt(tokens, k, "from") || (TokenWindow.IsAt(tokens, k, "to") && !TokenWindow.IsAt(tokens, k - 1, "up"))
            || IsComparedLevel(tokens, k) || IsRestatement(tokens, k);
    }

    // "profit of $41 million, compared with $38 million", "versus 4.2% a year ago": the level the figure is set against.
    private static bool IsComparedLevel(IReadOnlyList<Token> tokens, int k) =>
        TokenWindow.IsAt(tokens, k, "versus") || TokenWindow.IsAt(tokens, k, "vs")
        || ((TokenWindow.IsAt(tokens, k, "with") || TokenWindow.IsAt(tokens, k, "to")) && TokenWindow.IsAt(tokens, k - 1, "compared"));

    // "net income of $41 million, or 12 cents a share": the same sum said another way, after a comma and "or".
    private static bool IsRestatement(IReadOnlyList<Token> tokens, int k) =>
        TokenWindow.IsAt(tokens, k, "or") && k > 0 && tokens[k - 1].IsSymbol(',');
}
