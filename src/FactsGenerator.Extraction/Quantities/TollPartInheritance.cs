using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "21 people died, 16 of them in the capital", "41 were wounded, several seriously", "four people were shot, three
/// fatally", "344 deaths last week, compared to just 61 a year earlier", "42 deaths, with another 282 under
/// investigation": a bare figure that goes on with a toll of its sentence, with no noun of its own, counts the toll's
/// people and shares its event. News writing leaves the noun out there because the toll just named it; without this
/// the figure says nothing it counts and is dropped.
/// </summary>
internal static class TollPartInheritance
{
    // Adverbs that say how badly a part of a toll was hurt ("three critically", "one fatally").
    private static readonly HashSet<string> HarmDegrees = new(StringComparer.OrdinalIgnoreCase)
    {
        "seriously", "critically", "fatally", "badly", "severely", "gravely", "mortally", "slightly", "lightly", "grievously",
    };

    // How many tokens may stand between the toll's phrase and the part (the rest of the toll's clause and the link).
    private const int LinkWindow = 12;

    /// <summary>Gives the mention at <paramref name="index"/> the people and event of the toll it goes on with, if it does.</summary>
    public static void Inherit(List<QuantityMention> mentions, int index)
    {
        if (index == 0)
        {
            return;
        }

        var part = mentions[index];
        // The toll is the figure right before, so no other count stands between ("killed 12 people in 3 attacks, 2 of them").
        var whole = mentions[index - 1];
        if (!ReferenceEquals(part.Sentence, whole.Sentence) || !IsBare(part) || !IsToll(whole)
            || part.Number.First <= whole.EvidenceLast || part.Number.First - whole.EvidenceLast > LinkWindow)
        {
            return;
        }

        // A part of the toll is no larger than the toll; the same toll elsewhere, or more of it, may be.
        var tokens = part.Sentence.Tokens;
        var isPart = !(part.Value is { } share && whole.Value is { } total && share > total) && (PartOfThem(tokens, part) || HarmDegree(tokens, part));
        var another = !isPart && IsAnotherWith(tokens, part.Number.First);
        if (!isPart && !another && !IsComparedWith(tokens, part.Number.First))
        {
            return;
        }

        if (another)
        {
            part.CoverEvidence(part.Number.First - 1);
        }

        part.CountSameNounAs(whole);
        if (another && HasVerbOfItsOwn(tokens, part.Number.Last + 1))
        {
            // "Four climbers died, with another 12 reaching the summit": the others did something else; they are the
            // same people, not more of the toll.
            return;
        }

        part.Event = whole.Event;
        part.Verb = whole.Verb;
    }

    // Nothing said of what the figure counts, and no event or verb of its own ("12 of them were rescued" is another clause).
    private static bool IsBare(QuantityMention mention) =>
        mention.Head is null && mention.Event is null && mention.Verb is null && mention.UnitKind == UnitKind.None && mention.MeasuredNoun is null
        && !mention.IsAge && mention.UpperValue is null;

    /// <summary>
    /// A casualty or displacement toll of people ("21 people died", "28 injured", "344 deaths"), or people shot ("four
    /// people were shot", which the classifier files as casualties by its verb).
    /// </summary>
    private static bool IsToll(QuantityMention whole)
    {
        if (whole.IsAge || whole.UpperValue is not null)
        {
            return false;
        }

        if (whole.Event is { } toll)
        {
            return toll.Category is Model.QuantityCategory.Casualties or Model.QuantityCategory.Displacement
                && (whole.Head is not { } head || QuantityLexicon.IsPeopleLike(head) || QuantityLexicon.TryEvent(head, out _));
        }

        return string.Equals(whole.Verb, "shot", StringComparison.OrdinalIgnoreCase) && whole.Head is { } target && QuantityLexicon.IsPeopleLike(target);
    }

    /// <summary>"16 of them", "three of whom": the part of the people just counted; the evidence keeps "of them".</summary>
    private static bool PartOfThem(IReadOnlyList<Token> tokens, QuantityMention part)
    {
        var of = part.Number.Last + 1;
        if (!TokenWindow.IsAt(tokens, of, "of") || !TokenWindow.IsWordAt(tokens, of + 1)
            || tokens[of + 1].Text.ToLowerInvariant() is not ("them" or "whom" or "those"))
        {
            return false;
        }

        part.CoverEvidence(of + 1);
        return true;
    }

    /// <summary>
    /// "three fatally", "several seriously", "at least six seriously": how badly the part was hurt, right after it; the
    /// comma stands before the part's qualifier when it has one ("were hurt, around 20 seriously").
    /// </summary>
    private static bool HarmDegree(IReadOnlyList<Token> tokens, QuantityMention part)
    {
        var after = part.Number.Last + 1;
        if (!TokenWindow.IsWordAt(tokens, after) || !HarmDegrees.Contains(tokens[after].Text)
            || !(TokenWindow.IsSymbolAt(tokens, part.Number.First - 1, ',') || TokenWindow.IsSymbolAt(tokens, part.EvidenceFirst - 1, ',')))
        {
            return false;
        }

        part.CoverEvidence(after);
        return true;
    }

    /// <summary>", compared to just 61", ", compared with 45": the same toll of another time or place.</summary>
    private static bool IsComparedWith(IReadOnlyList<Token> tokens, int first)
    {
        var k = first - 1;
        if (TokenWindow.IsWordAt(tokens, k) && tokens[k].Text.ToLowerInvariant() is "just" or "only")
        {
            k--;
        }

        return (TokenWindow.IsAt(tokens, k, "to") || TokenWindow.IsAt(tokens, k, "with")) && TokenWindow.IsAt(tokens, k - 1, "compared")
            && TokenWindow.IsSymbolAt(tokens, k - 2, ',');
    }

    /// <summary>
    /// "another 12 reaching the summit", "another 30 rescued", "another six who walked out": a participle or a relative
    /// clause (maybe after an adverb) right after the figure says what those people did; "another 282 under
    /// investigation", "another 12 in hospital", "another five still missing" add to the toll.
    /// </summary>
    private static bool HasVerbOfItsOwn(IReadOnlyList<Token> tokens, int after)
    {
        var k = after;
        if (TokenWindow.IsWordAt(tokens, k) && (TokenWindow.EndsWith(tokens[k], "ly") || tokens[k].Is("more")))
        {
            k++;
        }

        return TokenWindow.IsWordAt(tokens, k) && !tokens[k].Is("missing")
            && (TokenWindow.EndsWith(tokens[k], "ing") || TokenWindow.IsPastVerb(tokens[k])
                || tokens[k].Text.ToLowerInvariant() is "who" or "which" or "that");
    }

    /// <summary>", with another 282 under investigation": more of the same people, told apart by what follows.</summary>
    private static bool IsAnotherWith(IReadOnlyList<Token> tokens, int first) =>
        (TokenWindow.IsAt(tokens, first - 1, "another") && TokenWindow.IsAt(tokens, first - 2, "with") && TokenWindow.IsSymbolAt(tokens, first - 3, ','))
        || (TokenWindow.IsAt(tokens, first - 1, "further") && TokenWindow.IsAt(tokens, first - 2, "a") && TokenWindow.IsAt(tokens, first - 3, "with")
            && TokenWindow.IsSymbolAt(tokens, first - 4, ','));
}
