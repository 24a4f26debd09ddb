namespace FactsGenerator.Extraction.Entities;

/// <summary>Whether one role names the same office as another more closely: "former home minister" refines "former
/// minister", "city manager" refines "manager". Lead paragraphs often shorten an office that a later sentence spells out,
/// so the first description read gives way to such a refinement (and only to one: a different office stays second).</summary>
internal static class RoleRefinements
{
    private const int MaxAddedWords = 3;

    public static bool Refines(string fuller, string held)
    {
        if (fuller.Length <= held.Length || RoleParser.HeadOf(fuller) != RoleParser.HeadOf(held))
        {
            return false;
        }

        var fullerWords = fuller.Split(' ');
        var heldWords = held.Split(' ');
        if (fullerWords.Length > heldWords.Length + MaxAddedWords)
        {
            return false;
        }

        // Every word of the shorter role, in order, among the fuller one's (a plain scan: roles are a few words long); the
        // words added must say what the office is, not when or which holder it was ("future president", "third
        // president", "former president" describe another time of the same person, not a closer office).
        var j = 0;
        for (var i = 0; i < fullerWords.Length; i++)
        {
            if (j < heldWords.Length && string.Equals(fullerWords[i], heldWords[j], System.StringComparison.OrdinalIgnoreCase))
            {
                j++;
            }
            else if (WhenOrWhichWords.Contains(fullerWords[i]) || fullerWords[i].StartsWith(RoleParser.ExPrefix, System.StringComparison.Ordinal)
                || (fullerWords[i].Length > 0 && char.IsDigit(fullerWords[i][0])))
            {
                return false;
            }
        }

        return j == heldWords.Length;
    }

    private static readonly System.Collections.Generic.HashSet<string> WhenOrWhichWords = Lexicon.Set(
        "former future late then next new newly outgoing incoming acting interim caretaker designate elect " +
        "first second third fourth fifth sixth seventh eighth ninth tenth last previous current sitting");
}
