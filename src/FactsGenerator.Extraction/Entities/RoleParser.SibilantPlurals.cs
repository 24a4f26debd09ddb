namespace FactsGenerator.Extraction.Entities;

internal static partial class RoleParser
{
    /// <summary>"witnesses" → "witness", "coaches" → "coach", "bosses" → "boss": the stem of a plural that adds "-es"
    /// after a sibilant, or null (dropping only the "s" would leave "witnesse", which no list of people knows).</summary>
    internal static string? SibilantPluralStem(string word)
    {
        if (word.Length < 6 || !word.EndsWith("es", System.StringComparison.Ordinal))
        {
            return null;
        }

        var stem = word.Substring(0, word.Length - 2);
        return stem.EndsWith("ss", System.StringComparison.Ordinal) || stem.EndsWith("sh", System.StringComparison.Ordinal)
            || stem.EndsWith("ch", System.StringComparison.Ordinal) || stem.EndsWith("x", System.StringComparison.Ordinal)
            ? stem
            : null;
    }
}
