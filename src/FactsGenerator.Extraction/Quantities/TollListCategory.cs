using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "The death toll rose to 61, including three Velmorans and 12 other foreign nationals", "20 people died, besides two
/// soldiers and 11 firefighters", "30 militants were killed, as well as 12 police officers", "At least 18 people were
/// injured. They included 10 guards and eight inmates": people listed after a casualty or displacement toll of people
/// are part of it (or more of it) and take its category, whatever their own noun says (news annotators file them so).
/// MentionMerger's ", including" rule gives the list the toll's event when the toll has one; this one, after
/// classification, also follows a toll told by its subject ("the death toll rose to 61"), past a span of time between
/// ("killing hundreds over the years, including 23 minors"), and the other linking words.
/// </summary>
internal static class TollListCategory
{
    // How far before the part the linking word may stand ("including at least 23 minors", "besides one soldier").
    private const int LinkWindow = 4;

    // How far after the toll's evidence the linking word may stand ("died in the disaster, including Lt. Col. Ana Ruiz
    // and Major Tom Berg, besides ...": the named people of an ", including" list come between).
    private const int TollTailWindow = 24;

    public static void Apply(List<QuantityMention> kept)
    {
        // The nearest earlier count of people, skipping figures of time ("over the years") between a toll and its list.
        QuantityMention? lastPeople = null;
        var inList = false;
        foreach (var mention in kept)
        {
            if (mention.Unit is { } unit && QuantityLexicon.TryTimeUnit(unit, out _))
            {
                continue;
            }

            var listed = lastPeople is { } whole && IsOpenPart(mention) && IsToll(whole)
                && (ReferenceEquals(whole.Sentence, mention.Sentence)
                    ? LinkedInSentence(mention, whole, inList)
                    : mention.Sentence.Index == whole.Sentence.Index + 1 && OpensWithTheyIncluded(mention) && !IsLargerThan(mention, whole));
            if (listed)
            {
                mention.Category = lastPeople!.Category;
            }

            inList = listed;
            lastPeople = string.Equals(mention.Unit, "people", StringComparison.Ordinal) ? mention : null;
        }
    }

    // A count of people with no event of its own that nothing but its noun filed ("two Americans", "one soldier").
    private static bool IsOpenPart(QuantityMention part) =>
        string.Equals(part.Unit, "people", StringComparison.Ordinal) && part.Event is null && !part.IsAge
        && part.Category is QuantityCategory.Other or QuantityCategory.Military
        && (part.Verb is null || QuantityLexicon.IsIncludeVerb(part.Verb));

    private static bool IsToll(QuantityMention whole) =>
        whole.Category is QuantityCategory.Casualties or QuantityCategory.Displacement && !whole.IsAge;

    /// <summary>
    /// ", including", ", besides" or ", as well as" shortly before the part, with no clause of its own between the toll
    /// and the link; or, inside such a list, only "and" or a comma after the item before.
    /// </summary>
    private static bool LinkedInSentence(QuantityMention part, QuantityMention whole, bool inList)
    {
        var tokens = part.Sentence.Tokens;
        var first = part.EvidenceFirst;
        if (inList && first - whole.EvidenceLast <= 2
            && (IsAt(tokens, first - 1, "and") || IsSymbolAt(tokens, first - 1, ',')))
        {
            return true;
        }

        // The part's evidence may hold the link and a qualifier ("including at least 14 minors"): look back from its figure.
        var figure = part.Number.First;
        for (var k = figure - 1; k > whole.EvidenceLast && k >= figure - LinkWindow; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            var link = LinkStart(tokens, k);
            if (link >= 0)
            {
                return IsSymbolAt(tokens, link - 1, ',') && link - 1 - whole.EvidenceLast <= TollTailWindow
                    && !HasClauseBetween(tokens, whole.EvidenceLast + 1, link - 1)
                    && !(tokens[link].Is("including") && !inList && IsLargerThan(part, whole));
            }
        }

        return false;
    }

    // The first token of the link ending at k ("including", "besides", "as well as"), or -1.
    private static int LinkStart(IReadOnlyList<Token> tokens, int k)
    {
        if (tokens[k].Is("including") || tokens[k].Is("besides"))
        {
            return k;
        }

        return tokens[k].Is("as") && IsAt(tokens, k - 1, "well") && IsAt(tokens, k - 2, "as") ? k - 2 : -1;
    }

    // A part "including" more people than the toll has ("killed nine people at a hostel housing migrant workers,
    // including 12 Velmarans": the list picks from the workers) cannot be one of them.
    private static bool IsLargerThan(QuantityMention part, QuantityMention whole) =>
        part.Value is { } count && (whole.UpperValue ?? whole.Value) is { } total && count > total;

    // A semicolon or a relative word between the toll and the link opens a clause about someone else.
    private static bool HasClauseBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].IsSymbol(';') || (tokens[k].IsWord && tokens[k].Text.ToLowerInvariant() is "who" or "which" or "that" or "while" or "but" or "whereas"))
            {
                return true;
            }
        }

        return false;
    }

    // "They included 10 guards", "These include two children": the next sentence lists the people of the toll before.
    private static bool OpensWithTheyIncluded(QuantityMention part)
    {
        var tokens = part.Sentence.Tokens;
        return tokens.Count > 2 && tokens[0].IsWord && tokens[0].Text.ToLowerInvariant() is "they" or "these" or "those"
            && IsWordAt(tokens, 1) && QuantityLexicon.IsIncludeVerb(tokens[1].Text) && part.EvidenceFirst <= 4;
    }
}
