using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>People whose names are only title-case ordinary words.</summary>
internal sealed partial class DocumentEntityReader
{
    // "Regional Delegates are voters too", "the ruling Democratic Rally": a "person" named only with ordinary
    // English words that no name list knows, with no role or affiliation read beside it, is a title-case phrase or
    // a piece of a body's name. (A role keeps it: "President Tramble" is a person whatever the surname means.) A leader
    // read from "the Trump administration" is kept too unless the word is one of the most common English words ("the
    // Water administration"): a surname such as "Trump" is a rarer word, and a leader the text names in full elsewhere
    // ("Gordon Brown") has the one word merged into the full name already.
    private void DiscardOrdinaryWordPeople()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Person && record.MergedInto is null && record.Role is null && record.Affiliation is null
                && !(administrationLeaders.Contains(record.Name) && !EnglishWords.IsCommonWord(record.Name))
                && !surnamesAfterHonorific.Contains(record.Name)
                && IsOnlyOrdinaryWords(record.Name) && AllOnlyOrdinaryWords(record.Aliases))
            {
                record.Discarded = true;
            }
        }
    }

    private static bool AllOnlyOrdinaryWords(System.Collections.Generic.IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (!IsOnlyOrdinaryWords(name))
            {
                return false;
            }
        }

        return true;
    }

    // Every word is an ordinary word that no name list knows as a name ("Hope Brown" is a name: "Hope" is one).
    private static bool IsOnlyOrdinaryWords(string name)
    {
        var words = name.Split(' ');
        foreach (var word in words)
        {
            if (!IsOrdinaryWordNoNameListKnows(word))
            {
                return false;
            }
        }

        return words.Length > 0;
    }

    private static bool IsOrdinaryWordNoNameListKnows(string word) =>
        EnglishWords.IsOrdinaryWord(word) && !GivenNames.Contains(word) && !Surnames.Contains(word) && !Lexicon.WordLikeGivenNames.Contains(word);
}
