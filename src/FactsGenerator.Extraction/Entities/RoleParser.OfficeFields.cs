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
}
