using System.Collections.Generic;

namespace FactsGenerator.Extraction.Entities;

/// <summary>A body's short name with no word of kind ("the Harriers" for "the Arnmouth Harriers") is an alias of the
/// one longer name of the document that ends in it.</summary>
internal sealed partial class DocumentEntityReader
{
    // MergeShortOrganizationNames needs a head word of body in the short name, as "the Senate" or "the Court"; a
    // club, a paper or a company is often shortened to the words that end its name, which carry no such head
    // ("the Harriers", "the Gazette", "Mortlake" for "the College of Mortlake"). Exactly one longer name must end in
    // them: two would leave it unclear which body is meant.
    private void MergeHeadlessShortOrganizationNames()
    {
        const int MaxShortWords = 3;
        // Each body with its words, split once for both the endings and the short names.
        var organizations = new List<(EntityRecord Record, string[] Words)>();
        foreach (var record in registry.Records)
        {
            if (record.Kind == EntityKind.Organization && record.MergedInto is null)
            {
                organizations.Add((record, WordsWithoutArticle(record.Name)));
            }
        }

        // Every longer name under each of its endings of at most MaxShortWords words, in the order of the document.
        var byEnding = new Dictionary<string, List<EntityRecord>>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var (record, words) in organizations)
        {
            for (var start = System.Math.Max(1, words.Length - MaxShortWords); start < words.Length; start++)
            {
                var ending = string.Join(" ", words, start, words.Length - start);
                if (!byEnding.TryGetValue(ending, out var list))
                {
                    byEnding[ending] = list = new List<EntityRecord>();
                }

                list.Add(record);
            }
        }

        foreach (var (shortName, words) in organizations)
        {
            var campus = IsCampusInitials(words);
            if (shortName.MergedInto is not null || words.Length > MaxShortWords || HasHeadOfBody(words) || IsAcronymName(words)
                || !byEnding.TryGetValue(campus ? words[1] : string.Join(" ", words), out var longNames))
            {
                continue;
            }

            EntityRecord? only = null;
            var candidates = 0;
            foreach (var longName in longNames)
            {
                var target = longName.Resolve();
                if (!ReferenceEquals(target, shortName) && !ReferenceEquals(target, only)
                    && (!campus || System.Array.IndexOf(target.Name.Split(' '), "University") >= 0))
                {
                    only = target;
                    candidates++;
                }
            }

            if (candidates == 1 && only is not null)
            {
                shortName.MergeInto(only);
            }
        }
    }

    // "The Gazette" is shortened from "The Morning Gazette": the article is no word of the name.
    private static string[] WordsWithoutArticle(string name) =>
        (name.StartsWith("The ", System.StringComparison.Ordinal) ? name.Substring(4) : name).Split(' ');

    // "UC Harlow" for "University of Calloway, Harlow": a university system's initials and the campus town are the
    // short name of the one university name ending in that town.
    private static bool IsCampusInitials(string[] words) => words.Length == 2 && ContextEvidence.IsUniversitySystemInitials(words[0]);

    // An acronym is tied to its spelled-out name by its letters (MergeAcronymsIntoSpelledNames), not by endings.
    private static bool IsAcronymName(string[] words) => words.Length == 1 && NameForms.IsAllCaps(words[0]);
}
