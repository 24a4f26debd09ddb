using System.Collections.Generic;
using FactsGenerator.Extraction.Gazetteer;

namespace FactsGenerator.Extraction.Entities;

/// <summary>Title-case ordinary words ending in a plural word of body name a kind of body, not one body.</summary>
internal sealed partial class DocumentEntityReader
{
    /// <summary>Plural heads of body names: one body is named in the singular ("Council"), a kind in the plural.</summary>
    private static readonly HashSet<string> PluralBodyHeads = Lexicon.Set(
        "Groups Services Systems Agencies Councils Committees Centers Centres Institutes Networks Associations Departments Clubs Teams Companies");

    // "Local Interest Groups", "Smart Lending Services": ordinary words in title case before a
    // plural head describe a kind of body or a line of business (a speaker's capitals), since a body's own name needs
    // a word of its own ("Harlow Web Services", "Velm Community Groups"). What the document treats as a body, or a
    // list knows, stays one.
    private void DiscardPluralKindNames()
    {
        foreach (var record in registry.Records)
        {
            if (record.Kind != EntityKind.Organization || record.MergedInto is not null || record.Discarded || !IsPluralKindName(record.Name)
                || OrganizationLexicon.Contains(record.Name) || HasSignOfABody(record.Name))
            {
                continue;
            }

            record.Discarded = true;
        }
    }

    private static bool IsPluralKindName(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2 || !PluralBodyHeads.Contains(words[words.Length - 1]))
        {
            return false;
        }

        // A head word before it makes the plural the body's field ("Department of Health and Human Services").
        for (var i = 0; i < words.Length - 1; i++)
        {
            if (!(words[i] is "and" or "in" or "on") && (!IsOrdinaryWordNoNameListKnows(words[i]) || Lexicon.OrganizationHeads.Contains(words[i])))
            {
                return false;
            }
        }

        return true;
    }
}
