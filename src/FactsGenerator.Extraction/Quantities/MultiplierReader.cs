using System;
using System.Collections.Generic;
using FactsGenerator.Extraction.Model;
using FactsGenerator.Extraction.Numbers;
using FactsGenerator.Extraction.Text;
using static FactsGenerator.Extraction.Quantities.TokenWindow;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// "cases nearly tripled from last week", "more than double what it was", "nearly double the 59 cases": a growth by a
/// multiple written as one word is a ratio, like "three times the number", so a figure in <c>times</c> (with the hedge
/// before it). "doubled the estimate to 6,000" states the new level, which is the fact; "double-digit", "a double
/// murder", "doubled down" and "doubled as" are no ratio.
/// </summary>
internal static class MultiplierReader
{
    private static readonly Dictionary<string, decimal> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["double"] = 2m, ["doubled"] = 2m, ["doubling"] = 2m,
        ["triple"] = 3m, ["tripled"] = 3m, ["tripling"] = 3m,
        ["quadruple"] = 4m, ["quadrupled"] = 4m, ["quadrupling"] = 4m,
    };

    private static readonly WordLengths MultiplierLengths = WordLengths.Of(Multipliers.Keys);

    // After the bare adjective these open what it is compared with: "double the 59 cases", "double what it was".
    private static readonly HashSet<string> ComparedWith = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "that", "what", "its", "their", "his", "her", "this", "those", "these", "last", "a",
    };

    // Particles that make the verb an idiom: "doubled down", "doubled as a hospital", "doubled up", "doubled back".
    private static readonly HashSet<string> IdiomParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "down", "as", "up", "back", "over",
    };

    /// <summary>Adds the ratio when token <paramref name="index"/> is a multiplier word used as one; true when it was.</summary>
    public static bool TryRead(Sentence sentence, int index, List<QuantityMention> into)
    {
        var tokens = sentence.Tokens;
        if (!tokens[index].IsWord || !MultiplierLengths.Includes(tokens[index].Text.Length) || !Multipliers.TryGetValue(tokens[index].Text, out var times))
        {
            return false;
        }

        var next = index + 1;
        if (IsJoiningHyphenAt(tokens, next) || IsSymbolAt(tokens, next, '-') || (IsWordAt(tokens, next) && IdiomParticles.Contains(tokens[next].Text)))
        {
            return false;
        }

        if (StatesNewLevel(tokens, next))
        {
            return false;
        }

        // The bare form is an adjective or a plan ("a double murder", "to double output", "put double the effort"): only a
        // comparison stated as a level makes it a ratio, hedged ("nearly double the 59 cases") or after a copula ("is double
        // that"). The verb counts when hedged ("nearly tripled"): a plain "prices doubled within 40 days" is left to the
        // figures around it, as annotators write the ratio down only with its hedge.
        var (qualifier, start) = QualifierReader.ReadLeft(tokens, index);
        var bare = !EndsWith(tokens[index], "ed") && !EndsWith(tokens[index], "ing");
        var hedged = qualifier != Qualifier.Exact;
        if (bare ? !(IsWordAt(tokens, next) && ComparedWith.Contains(tokens[next].Text) && (hedged || IsCopulaAt(tokens, index - 1))) : !hedged)
        {
            return false;
        }

        // The verb's hedge is an adverb ("nearly tripled", "more than doubled"); a preposition before the form ("complained
        // about tripled rents", "anger over doubled fees") makes it an adjective of the noun after it: no growth stated.
        if (!bare && (!AdverbialHedges.Contains(tokens[start].Text) || IsNounAt(tokens, next)))
        {
            return false;
        }

        var mention = new QuantityMention(sentence, new NumberMatch(times, index, index, NumberForm.Words))
        {
            Unit = "times",
            UnitKind = UnitKind.Measure,
        };

        if (hedged)
        {
            mention.Qualifier = qualifier;
            mention.CoverEvidence(start);
        }

        // What grew: "emergency calls nearly tripled", "this year's total is more than double" (the word itself when no subject is at hand).
        var word = tokens[index].Text.ToLowerInvariant();
        var subject = SubjectBefore(tokens, mention.EvidenceFirst - 1);
        mention.MeasuredNoun = subject is null ? word : subject + " " + word;
        into.Add(mention);
        return true;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "could", "may", "might", "also", "now", "already", "then",
    };

    // The content word just before the verb group, or none (a clause boundary, a function word, a figure).
    private static string? SubjectBefore(IReadOnlyList<Token> tokens, int index)
    {
        var k = index;
        while (k >= 0 && k > index - 3 && IsWordAt(tokens, k) && Auxiliaries.Contains(tokens[k].Text))
        {
            k--;
        }

        return IsWordAt(tokens, k) && !QuantityLexicon.IsFunctionWord(tokens[k].Text) && !Auxiliaries.Contains(tokens[k].Text)
            ? tokens[k].Text.ToLowerInvariant() : null;
    }

    // First words of the hedges that modify a verb: "nearly", "almost", "roughly", "more than", "at least", "well over".
    private static readonly HashSet<string> AdverbialHedges = new(StringComparer.OrdinalIgnoreCase)
    {
        "nearly", "almost", "roughly", "approximately", "more", "less", "at", "well", "just", "maybe", "perhaps", "probably", "possibly",
    };

    // "tripled rents", "doubled school fees": a lower-case content word right after the -ed or -ing form is the noun it
    // describes; a preposition, an adverb ("sharply") or a time word ("last year", "since") goes on with a verb.
    private static bool IsNounAt(IReadOnlyList<Token> tokens, int index) =>
        IsWordAt(tokens, index) && !tokens[index].IsCapitalized && !QuantityLexicon.IsFunctionWord(tokens[index].Text)
        && !EndsWith(tokens[index], "ly") && !ComparedWith.Contains(tokens[index].Text)
        && !QuantityLexicon.IsPeriodWord(tokens[index]) && !QuantityLexicon.IsRelativePeriodWord(tokens[index]);

    // "doubled the fire's estimated size to more than 6,000 acres": a "to" before a figure within the clause gives the
    // level reached, read as its own figure.
    private static bool StatesNewLevel(IReadOnlyList<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k < from + 8; k++)
        {
            if (tokens[k].IsSymbol(',') || tokens[k].IsSymbol(';') || tokens[k].IsSymbol('.'))
            {
                return false;
            }

            if (tokens[k].Is("to"))
            {
                for (var j = k + 1; j < tokens.Count && j <= k + 3; j++)
                {
                    if (tokens[j].IsNumber || (tokens[j].IsWord && NumberWords.IsCardinalWord(tokens[j].Text)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
