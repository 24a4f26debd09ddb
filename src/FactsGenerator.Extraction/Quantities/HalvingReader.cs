using System.Collections.Generic;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>"the strike halved output", "halving its staff": a cut by half, stated as the 50 percent it is.</summary>
internal static class HalvingReader
{
    /// <summary>Adds the cut when token <paramref name="index"/> is "halved" or "halving"; true when it was.</summary>
    public static bool TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!IsAt(tokens, index, "halved") && !IsAt(tokens, index, "halving"))
        {
            return false;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(50m, index, index, NumberForm.Words))
        {
            Unit = "percent",
            UnitKind = UnitKind.Percent,
            Verb = tokens[index].Text.ToLowerInvariant(),
        };

        // "halved Saudi oil output", "halving its staff": what was cut.
        var k = index + 1;
        while (IsWordAt(tokens, k) && tokens[k].Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her" or "our")
        {
            k++;
        }

        if (NounPhraseReader.Read(tokens, k, out var cut, out _, out var cutLast))
        {
            mention.MeasuredNoun = cut;
            mention.CoverEvidence(cutLast);
        }

        into.Add(mention);
        return true;
    }
}
