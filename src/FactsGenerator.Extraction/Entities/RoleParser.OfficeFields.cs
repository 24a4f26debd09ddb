using System.Collections.Generic;
using FactsGenerator.Extraction.Text;

namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    // The branches a staff is named after ("Chief of Naval Staff", "Chief of the General Staff") that no list of fields
    // of government holds.
    private static readonly HashSet<string> StaffBranches = new(System.StringComparer.Ordinal) { "Naval", "Air", "General", "Defense", "Defence", "Army", "Joint" };

    /// <summary>"Chief of Defence Staff", "Chief of the General Staff", "Chief of Army Staff": the staff a chief heads,
    /// named by its branch, is the office's field as the bare "Chief of Staff" is, no body (first..last is the field,
    /// after "of" and maybe "the").</summary>
    private static bool IsChiefsStaff(IReadOnlyList<Token> tokens, int first, int last)
    {
        const int MaxBranchWords = 2;
        if (!tokens[last].Is("Staff") || last - first > MaxBranchWords)
        {
            return false;
        }

        var of = tokens[first - 1].Is("the") ? first - 2 : first - 1;
        if (of < 1 || !tokens[of].Is("of") || !(tokens[of - 1].Is("Chief") || tokens[of - 1].Is("Chiefs")))
        {
            return false;
        }

        for (var i = first; i < last; i++)
        {
            if (!StaffBranches.Contains(tokens[i].Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Director of Public Prosecutions", "Commissioner of Elections", "Director of Operations": a plural
    /// of an abstract noun of action ending the field names the work the office does, no body.</summary>
    private static bool IsPluralFieldOfWork(string word) =>
        word.Length > 6 && (word.EndsWith("tions", System.StringComparison.Ordinal) || word.EndsWith("sions", System.StringComparison.Ordinal))
        && char.IsUpper(word[0]);

    /// <summary>"First Lady" at k ("Lady" after "First" inside the run from first): the honorific names an office.</summary>
    private static bool IsFirstLady(IReadOnlyList<Token> tokens, int k, int first) =>
        k - 1 >= first && tokens[k].Is("Lady") && tokens[k - 1].Is("First");

    /// <summary>"the First Lady of Velmoria, X" (k at "of", last the run's end): the office of a country or a state; one
    /// ordinary word after "of" that names no country is an art a singer is hailed in ("the First Lady of Jazz, X").</summary>
    private static bool IsFirstLadyOfPlace(IReadOnlyList<Token> tokens, int k, int first, int last) =>
        IsFirstLady(tokens, k - 1, first)
        && !(k + 1 == last && Gazetteer.EnglishWords.IsOrdinaryWord(tokens[last].Text) && !NameForms.IsCountryOrDemonym(tokens[last].Text));

    // Words before "lead" that make it a verb ("will lead X", "to lead X").
    private static readonly HashSet<string> VerbLeadOpeners = new(System.StringComparer.Ordinal)
    {
        "to", "can", "could", "must", "may", "might", "shall", "should", "will", "would", "did", "does", "do", "who", "which", "that",
    };

    // Words after "lead X" that make "lead" the verb of a plural subject ("witness statements lead X to believe",
    // "rising prices lead X into debt").
    private static readonly HashSet<string> LeadDirections = new(System.StringComparer.Ordinal) { "to", "into", "toward", "towards", "astray" };

    // "lead", the name after it (its rank's words and their dots too), then a word of where or what to: the verb.
    private static bool LeadsSomeoneSomewhere(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxNameTokens = 8;
        var k = p + 1;
        while (k < tokens.Count && k - p <= MaxNameTokens && (NameChunker.IsNameWord(tokens[k]) || (tokens[k].IsSymbol('.') && !tokens[k].SpaceBefore)))
        {
            k++;
        }

        return k > p + 1 && k < tokens.Count && LeadDirections.Contains(tokens[k].Text);
    }

    /// <summary>"rescue operation lead Lt. Col. X", "said project lead X": "lead" after a lower-case noun of the work,
    /// right before the name, is the job of whoever leads it, a job beside a rank like "team leader"; "to lead X", "will
    /// lead X" are the verb, and after an article ("erased the narrow lead X had built") it is a margin.</summary>
    private static bool IsJobLead(IReadOnlyList<Token> tokens, int p)
    {
        const int MaxWorkWords = 3;
        if (p < 1 || tokens[p].Text != "lead" || VerbLeadOpeners.Contains(tokens[p - 1].Text) || !Gazetteer.EnglishWords.IsOrdinaryWord(tokens[p - 1].Text)
            || LeadsSomeoneSomewhere(tokens, p))
        {
            return false;
        }

        var k = p - 1;
        while (k >= 0 && p - k <= MaxWorkWords && IsModifier(tokens[k]) && !IsDeterminer(tokens[k]) && !Numbers.NumberWords.IsCardinalWord(tokens[k].Text))
        {
            k--;
        }

        // ("a 10-point lead X", "a ten point lead X": a figure before the words measures a margin too.)
        return k < p - 1 && (k < 0 || !(IsDeterminer(tokens[k]) || IsPossessiveS(tokens[k]) || tokens[k].IsNumber || tokens[k].IsSymbol('-')
            || Numbers.NumberWords.IsCardinalWord(tokens[k].Text)));
    }
}
