using System;
using System.Collections.Generic;

namespace FactsGenerator.Extraction.Quantities;

/// <summary>
/// The regular forms of an English verb made from its lemma ("evacuate" → evacuates, evacuated, evacuating), so a word
/// list names each verb once and every form of it is known, including those no text has used yet.
/// </summary>
internal static class VerbInflection
{
    /// <summary>
    /// The forms of <paramref name="lemma"/>: the past and -ing forms always, the lemma and its -s form only when
    /// <paramref name="withPresent"/> (not for verbs whose present spells a common noun: "wound", "massacre", "shelter").
    /// </summary>
    public static IEnumerable<string> Forms(string lemma, bool withPresent)
    {
        if (withPresent)
        {
            yield return lemma;
            yield return ThirdPerson(lemma);
        }

        yield return Past(lemma);
        yield return Gerund(lemma);
    }

    /// <summary>"kill" → "kills", "flee" → "flees", "relocate" → "relocates", "bury" → "buries", "perish" → "perishes".</summary>
    public static string ThirdPerson(string lemma)
    {
        if (EndsWithConsonantY(lemma))
        {
            return lemma.Substring(0, lemma.Length - 1) + "ies";
        }

        return EndsWithAny(lemma, "s", "sh", "ch", "x", "z") ? lemma + "es" : lemma + "s";
    }

    /// <summary>"kill" → "killed", "evacuate" → "evacuated", "bury" → "buried", "stab" → "stabbed", "strand" → "stranded".</summary>
    public static string Past(string lemma)
    {
        if (lemma.EndsWith("e", StringComparison.Ordinal))
        {
            return lemma + "d";
        }

        if (EndsWithConsonantY(lemma))
        {
            return lemma.Substring(0, lemma.Length - 1) + "ied";
        }

        return DoublesFinalConsonant(lemma) ? lemma + lemma[lemma.Length - 1] + "ed" : lemma + "ed";
    }

    /// <summary>"kill" → "killing", "evacuate" → "evacuating", "flee" → "fleeing", "die" → "dying", "stab" → "stabbing".</summary>
    public static string Gerund(string lemma)
    {
        if (lemma.EndsWith("ie", StringComparison.Ordinal))
        {
            return lemma.Substring(0, lemma.Length - 2) + "ying";
        }

        if (lemma.EndsWith("e", StringComparison.Ordinal) && !lemma.EndsWith("ee", StringComparison.Ordinal) && lemma.Length > 2)
        {
            return lemma.Substring(0, lemma.Length - 1) + "ing";
        }

        return DoublesFinalConsonant(lemma) ? lemma + lemma[lemma.Length - 1] + "ing" : lemma + "ing";
    }

    // "stab", "drop", "trap": one syllable ending consonant-vowel-consonant doubles its last letter. Longer verbs are
    // left alone ("murder", "massacre", "abandon"); the few stressed on the last syllable are given as irregular forms.
    private static bool DoublesFinalConsonant(string lemma)
    {
        var n = lemma.Length;
        if (n < 3 || n > 4 || CountVowelGroups(lemma) != 1)
        {
            return false;
        }

        var last = lemma[n - 1];
        return !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(lemma[n - 2]) && !IsVowel(lemma[n - 3]);
    }

    private static int CountVowelGroups(string word)
    {
        var groups = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var vowel = IsVowel(c);
            if (vowel && !inVowel)
            {
                groups++;
            }

            inVowel = vowel;
        }

        return groups;
    }

    private static bool EndsWithConsonantY(string lemma) =>
        lemma.Length > 2 && lemma.EndsWith("y", StringComparison.Ordinal) && !IsVowel(lemma[lemma.Length - 2]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWithAny(string word, params string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
