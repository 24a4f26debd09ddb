using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "a man in his forties", "the driver, in her early 30s,", "both were in their twenties": an age given only by its
/// decade is a vague age in years. It must describe someone: a noun of people, a comma, a form of "be" or "aged" before
/// it, so "took up painting in his forties" (a time of life) is left alone.
/// </summary>
internal static class DecadeAgeReader
{
    private static readonly HashSet<string> Possessives = new(System.StringComparer.OrdinalIgnoreCase) { "his", "her", "their" };

    private static readonly HashSet<string> FormsOfBe = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being",
    };

    /// <summary>Adds the age when token <paramref name="index"/> opens such a phrase; returns the token after it, or 0.</summary>
    public static int TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!tokens[index].Is("in") || !IsWordAt(tokens, index + 1) || !Possessives.Contains(tokens[index + 1].Text))
        {
            return 0;
        }

        var decade = index + 2 < tokens.Count && Dates.DateModifiers.IsEdge(tokens[index + 2]) ? index + 3 : index + 2;
        var last = DecadeLast(tokens, decade);
        if (last < 0 || !DescribesSomeone(tokens, index - 1))
        {
            return 0;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(null, index, last, NumberForm.Vague))
        {
            Unit = "years",
            UnitKind = UnitKind.Time,
            IsAge = true,
            Qualifier = Qualifier.Vague,
        };

        // "a man in his forties", "the driver, in her 30s,": the man's, the driver's age.
        var person = IsSymbolAt(tokens, index - 1, ',') ? index - 2 : index - 1;
        if (IsWordAt(tokens, person) && QuantityLexicon.IsPeopleLike(tokens[person].Text))
        {
            mention.Subject = tokens[person].Text.ToLowerInvariant();
            mention.CoverEvidence(person);
        }

        into.Add(mention);
        return last + 1;
    }

    // "teens", "forties" or the glued "40s"; the index of the decade's last token, or -1.
    private static int DecadeLast(IReadOnlyList<Token> tokens, int at)
    {
        if (IsWordAt(tokens, at) && (tokens[at].Is("teens") || NumberWords.IsDecadeWord(tokens[at].Text)))
        {
            return at;
        }

        var isTens = at < tokens.Count && tokens[at].IsNumber && tokens[at].Text.Length == 2 && tokens[at].Text[1] == '0' && tokens[at].Text[0] != '0';
        return isTens && at + 1 < tokens.Count && tokens[at + 1].Text == "s" && !tokens[at + 1].SpaceBefore ? at + 1 : -1;
    }

    private static bool DescribesSomeone(IReadOnlyList<Token> tokens, int before) =>
        IsSymbolAt(tokens, before, ',') || (IsWordAt(tokens, before) && (QuantityLexicon.IsPeopleLike(tokens[before].Text) || FormsOfBe.Contains(tokens[before].Text) || tokens[before].Is("aged")));
}
