using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// A stretch of time given only by its plural unit, with no number and no "for": "after weeks of talks", "it ended
/// decades of rule", "the tests could take days". The unit word is the vague figure. A word before the unit that
/// counts, fixes or dates it ("two weeks of", "the years of", "recent years of") leaves it to the other readers, and
/// "for years of effort" stays no length, as <c>TryVagueSpan</c> decides.
/// </summary>
internal static class VagueStretchReader
{
    // Prepositions after which a stretch of something still reads as a length of time: "after weeks of talks".
    private static readonly HashSet<string> OpeningPrepositions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "after", "amid", "despite", "following", "through", "ending",
    };

    private static readonly HashSet<string> TakeVerbs = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "take", "takes", "took", "taking", "taken",
    };

    public static bool TryRead(IReadOnlyList<Token> tokens, int i, out NumberMatch number)
    {
        if (!IsStretchAt(tokens, i, out _))
        {
            number = default;
            return false;
        }

        number = new NumberMatch(null, i, i, NumberForm.Vague);
        return true;
    }

    /// <summary>
    /// Reads the unit of a stretch <see cref="TryRead"/> found: the figure's own word. The evidence takes in what the
    /// stretch is of ("weeks of talks") or the verb of taking ("could take days").
    /// </summary>
    public static bool TryReadUnit(IReadOnlyList<Token> tokens, QuantityMention mention, int k)
    {
        var unitIndex = mention.Number.First;
        if (!mention.Number.IsVague || mention.Value is not null || unitIndex != mention.Number.Last || k != unitIndex + 1
            || !IsStretchAt(tokens, unitIndex, out var unit))
        {
            return false;
        }

        mention.Unit = unit;
        mention.UnitKind = UnitKind.Time;
        if (IsAt(tokens, k, "of") && NounPhraseReader.Read(tokens, k + 1, out _, out _, out var ofLast))
        {
            mention.CoverEvidence(ofLast);
        }
        else if (IsTimeTaken(tokens, unitIndex))
        {
            mention.CoverEvidence(unitIndex - 1);
        }

        return true;
    }

    // The plural unit at i when it stands alone as the figure of a stretch; the unit is what TryReadUnit gives the mention.
    private static bool IsStretchAt(IReadOnlyList<Token> tokens, int i, out string unit)
    {
        if (!IsWordAt(tokens, i) || (tokens[i].IsCapitalized && i > 0) || !QuantityLexicon.TryTimeUnit(tokens[i].Text, out unit)
            || !string.Equals(unit, tokens[i].Text, System.StringComparison.OrdinalIgnoreCase) || unit is "seconds" or "nights" or "centuries" or "millennia" or "fortnights")
        {
            unit = string.Empty;
            return false;
        }

        return IsStretchOfSomething(tokens, i) || IsTimeTaken(tokens, i);
    }

    // "weeks of protests", "decades of neglect": a lower-case noun after "of"; the word before opens the phrase.
    private static bool IsStretchOfSomething(IReadOnlyList<Token> tokens, int i)
    {
        if (!IsAt(tokens, i + 1, "of") || !IsWordAt(tokens, i + 2) || tokens[i + 2].IsCapitalized || QuantityLexicon.IsFunctionWord(tokens[i + 2].Text)
            || NumberWords.IsCardinalWord(tokens[i + 2].Text))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var previous = tokens[i - 1];
        if (!previous.IsWord)
        {
            return false;
        }

        if (OpeningPrepositions.Contains(previous.Text))
        {
            return true;
        }

        return !SentenceQuantityReader.CountsOrDatesTimeUnit(previous);
    }

    // "could take days to clear", "the repairs took months": the time something takes, as long as no "of" or hyphen
    // makes the unit part of another phrase ("took years off", "take years-long").
    private static bool IsTimeTaken(IReadOnlyList<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].IsWord && TakeVerbs.Contains(tokens[i - 1].Text)
        && !IsAt(tokens, i + 1, "of") && !IsAt(tokens, i + 1, "off") && !IsSymbolAt(tokens, i + 1, '-');
}
